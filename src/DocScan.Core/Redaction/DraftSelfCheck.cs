using DocScan.Core.Detection;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;

namespace DocScan.Core.Redaction;

/// <summary>
/// Scans every draft meant for release again, with the same rules: a draft that still holds anything
/// the policy would not release as it is, or that cannot be scanned completely, is not offered.
/// </summary>
internal sealed class DraftSelfCheck(DocumentScanner scanner, ScanRules rules)
{
    // The addresses that route a message: a draft keeps them so it can be sent (to one recipient, or Bcc).
    private static readonly HashSet<string> RoutingHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "From", "To", "Cc", "Bcc", "Reply-To", "Sender",
    };

    public async Task<(List<DraftSurvivor> Survivors, List<string> Problems)> CheckAsync(DraftFile draft, CancellationToken cancellationToken)
    {
        var scan = await scanner.ScanWithFindingsAsync(draft.Content, Path.GetFileName(draft.Path), cancellationToken).ConfigureAwait(false);
        var survivors = new List<DraftSurvivor>();
        for (var i = 0; i < scan.Findings.Count; i++)
        {
            if (IsLeft(scan.Findings[i]))
            {
                survivors.Add(new DraftSurvivor(draft.Path, scan.Report.Findings[i]));
            }
        }

        var problems = scan.Report.Problems
            .Select(p => $"草稿「{draft.Path}」未能完整檢查（{p.Code}）：{p.Message}")
            .ToList();
        return (survivors, problems);
    }

    private bool IsLeft(Finding finding) =>
        rules.VerdictFor(finding.Type) != Verdict.Release && !IsRouting(finding);

    private static bool IsRouting(Finding finding) =>
        finding.Type == FindingTypes.Email && finding.Segment.Source == SegmentSources.EmailHeader
        && RoutingHeaders.Contains(finding.Segment.Path);
}
