using DocScan.Core.Detection;
using DocScan.Core.Detection.Common;
using DocScan.Core.Documents;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;

namespace DocScan.Redaction;

/// <summary>
/// Scans every draft meant for release again, with the same rules: a draft that still holds anything
/// the policy would not release as it is (private data: official and organisation data stays), or
/// that cannot be scanned completely, is not offered.
/// </summary>
internal sealed class DraftSelfCheck(DocumentScanner scanner, ScanRules rules)
{
    // The addresses that route a message: a draft keeps them so it can be sent (to one recipient, or Bcc).
    private static readonly HashSet<string> RoutingHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "From", "To", "Cc", "Bcc", "Reply-To", "Sender",
    };

    /// <returns>What is left (for the summary, without values), why the draft could not be checked, and the findings left themselves.</returns>
    public async Task<(List<DraftSurvivor> Survivors, List<string> Problems, List<Finding> Left)> CheckAsync(DraftFile draft, CancellationToken cancellationToken)
    {
        var scan = await scanner.ScanAsync(draft.Content, new DocumentScanOptions { Name = Path.GetFileName(draft.Path) }, cancellationToken).ConfigureAwait(false);
        var addressee = Addressee(draft, scan.Findings);
        var survivors = new List<DraftSurvivor>();
        var left = new List<Finding>();
        for (var i = 0; i < scan.Findings.Count; i++)
        {
            if (IsLeft(scan.Findings[i]) && !(addressee is not null && IsAddressing(scan.Findings[i]) && scan.Findings[i].Value == addressee))
            {
                // A survivor is listed in the draft's summary: it never carries the raw value, whatever the scanner was asked for.
                survivors.Add(new DraftSurvivor(draft.Path, scan.Report.Findings[i] with { Value = null }));
                left.Add(scan.Findings[i]);
            }
        }

        var problems = scan.Report.Problems
            .Select(p => $"草稿「{draft.Path}」未能完整檢查（{p.Code}）：{p.Message}")
            .ToList();
        return (survivors, problems, left);
    }

    // Official and organisation data (the letterhead, officials in role, companies) is left as printed.
    private bool IsLeft(Finding finding) =>
        VerdictPolicy.Counts(finding, rules) && rules.VerdictFor(finding.Type) != Verdict.Release && !IsRouting(finding);

    private static bool IsRouting(Finding finding) =>
        finding.Type == FindingTypes.Email && finding.Segment.Source == SegmentSources.EmailHeader
        && RoutingHeaders.Contains(finding.Segment.Path);

    /// <summary>
    /// The one person a DI letter split per recipient is addressed to (in 受文者, 正本, 副本 or the attendees), who may
    /// read their own name there; null for any other draft, or when the letter still names more than one person there.
    /// </summary>
    private static string? Addressee(DraftFile draft, IReadOnlyList<Finding> findings)
    {
        if (draft.Kind != "recipient")
        {
            return null;
        }

        var named = findings.Where(IsAddressing).Select(f => f.Value).Distinct(StringComparer.Ordinal).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static bool IsAddressing(Finding finding) =>
        finding.Type is FindingTypes.PersonName or FindingTypes.EvaluatorName && finding.Segment.Source == SegmentSources.Di
        && DiRecipientPersons.FieldOf(finding.Segment.Path) is not null;
}
