namespace DocScan.Core.Detection.Recognition;

/// <summary>
/// Rule-based and recognized findings as one list. Findings of one type whose spans overlap in the
/// same segment are one finding: the stronger confidence is kept (on a tie, the one found first). A
/// person the rules already know as an evaluator stays an evaluator, not also a private person.
/// </summary>
internal static class FindingMerge
{
    public static IReadOnlyList<Finding> Merge(IReadOnlyList<Finding> found, IReadOnlyList<Finding> recognized)
    {
        if (recognized.Count == 0)
        {
            return found;
        }

        var merged = new List<Finding?>(found);
        var bySegment = new Dictionary<object, List<int>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < merged.Count; i++)
        {
            IndexOf(bySegment, merged[i]!).Add(i);
        }

        foreach (var candidate in recognized)
        {
            var places = IndexOf(bySegment, candidate);
            var rivals = places.Where(i => merged[i] is { } f && Overlaps(f, candidate) && Competes(f, candidate)).ToList();
            if (rivals.Any(i => merged[i]!.Type != candidate.Type || merged[i]!.Confidence >= candidate.Confidence))
            {
                continue;
            }

            foreach (var i in rivals)
            {
                merged[i] = null;
            }

            places.Add(merged.Count);
            merged.Add(candidate);
        }

        return merged.OfType<Finding>().ToList();
    }

    private static List<int> IndexOf(Dictionary<object, List<int>> bySegment, Finding finding)
    {
        if (!bySegment.TryGetValue(finding.Segment, out var places))
        {
            places = [];
            bySegment[finding.Segment] = places;
        }

        return places;
    }

    private static bool Overlaps(Finding a, Finding b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    private static bool Competes(Finding existing, Finding candidate) =>
        existing.Type == candidate.Type
        || (candidate.Type == FindingTypes.PersonName && existing.Type == FindingTypes.EvaluatorName);
}
