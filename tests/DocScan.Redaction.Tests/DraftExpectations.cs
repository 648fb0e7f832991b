using DocScan.Core.Detection;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Redaction;
using DocScan.Core.Rules;

namespace DocScan.Redaction.Tests;

/// <summary>What a draft of a scanned document must not hold, and the sentences it must keep as they were.</summary>
internal static class DraftExpectations
{
    private static readonly HashSet<string> RoutingHeaders = new(StringComparer.OrdinalIgnoreCase) { "From", "To", "Cc", "Bcc", "Reply-To", "Sender" };

    // Places a reader sees; hidden places (comments, deletions, properties) are removed from drafts, not kept.
    private static readonly HashSet<string> VisibleSources =
    [
        SegmentSources.Body, SegmentSources.Table, SegmentSources.Header, SegmentSources.Footer, SegmentSources.Footnote,
        SegmentSources.Endnote, SegmentSources.TextBox, SegmentSources.Page, SegmentSources.Sheet, SegmentSources.Slide,
        SegmentSources.EmailBody,
    ];

    /// <summary>The texts (as written and normalized) of every finding the policy redacts, except the addresses that route an e-mail draft.</summary>
    public static List<string> RemovedValues(IReadOnlyList<Finding> findings, ScanRules rules) =>
        findings
            .Where(f => rules.VerdictFor(f.Type) is Verdict.Redact or Verdict.DualDraft && f.Type != FindingTypes.RecipientExposure)
            .Where(f => !(f.Type == FindingTypes.Email && f.Segment.Source == SegmentSources.EmailHeader && RoutingHeaders.Contains(f.Segment.Path)))
            .SelectMany(f => new[] { f.Value, f.Segment.Text.Substring(f.Start, f.Length) })
            .Select(Compact)
            .Where(v => v.Length >= 2)
            .Distinct()
            .ToList();

    /// <summary>Visible sentences of the original that hold nothing to redact: a draft must keep them unchanged.</summary>
    public static List<string> KeptSentences(IReadOnlyList<TextSegment> segments, IReadOnlyList<Finding> findings, ScanRules rules)
    {
        var touched = findings
            .Where(f => rules.VerdictFor(f.Type) != Verdict.Release)
            .SelectMany(f => new[] { f.Value, f.Segment.Text.Substring(f.Start, f.Length) })
            .Select(Compact)
            .Where(v => v.Length >= 2)
            .ToList();
        return segments
            .Where(s => !s.Hidden && VisibleSources.Contains(s.Source))
            .Select(s => s.Text.Trim())
            .Where(t => t.Count(c => !char.IsWhiteSpace(c)) >= 8 && t.Count(char.IsLetter) >= 2)
            .Where(t => !touched.Any(Compact(t).Contains))
            .Distinct()
            .ToList();
    }

    /// <summary>NFKC, no white space, no dashes: how a value may be spread over a page or a cell.</summary>
    public static string Compact(string text) => RedactionPlan.Compact(text);
}
