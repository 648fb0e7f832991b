using System.Text;
using DocScan.Core.Detection;
using DocScan.Core.Reporting;

namespace DocScan.Storage.Review;

/// <summary>
/// A few words either side of each finding, as a reviewer needs to judge it: every finding in the
/// snippet's text replaced by its masked form first, then what is left masked again for good measure.
/// </summary>
internal static class FindingSnippets
{
    private const int Radius = 20;

    /// <summary>One snippet per report finding, or null where the rescanned document no longer has it.</summary>
    public static IReadOnlyList<string?> For(IReadOnlyList<ReportFinding> reported, IReadOnlyList<Finding> found, Func<string, string> mask) =>
        reported.Select(r => found.FirstOrDefault(f => Same(r, f)) is { } finding ? Snippet(finding, found, mask) : null).ToList();

    private static bool Same(ReportFinding reported, Finding found) =>
        reported.Type == found.Type && reported.Masked == found.Masked && reported.Location.Start == found.Start
        && reported.Location.Length == found.Length && reported.Location.Source == found.Segment.Source && reported.Location.Page == found.Segment.Page;

    private static string Snippet(Finding target, IReadOnlyList<Finding> all, Func<string, string> mask)
    {
        var text = target.Segment.Text;
        var masked = new StringBuilder(text.Length);
        int position = 0, start = 0, end = 0;
        foreach (var finding in all.Where(f => f.Segment == target.Segment).OrderBy(f => f.Start).ThenByDescending(f => f.Length))
        {
            if (finding.Start < position)
            {
                continue; // overlaps one already replaced
            }

            masked.Append(text, position, finding.Start - position);
            if (finding == target)
            {
                start = masked.Length;
            }

            masked.Append(finding.Masked);
            if (finding == target)
            {
                end = masked.Length;
            }

            position = finding.Start + finding.Length;
        }

        masked.Append(text, position, text.Length - position);
        if (end == 0)
        {
            // The target overlapped a longer finding that was replaced instead: show that one's place.
            return target.Masked;
        }

        var from = Math.Max(0, start - Radius);
        var to = Math.Min(masked.Length, end + Radius);
        var window = masked.ToString(from, to - from).ReplaceLineEndings(" ");
        return (from > 0 ? "…" : "") + mask(window) + (to < masked.Length ? "…" : "");
    }
}
