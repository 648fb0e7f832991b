namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// One segment's name candidates and whether each stands in a procurement evaluation, worked out
/// once for both name detectors: the person-name detector leaves evaluators out, the evaluator-name
/// detector reports them.
/// </summary>
internal sealed class NamesInSegment(DetectionInput input, List<NameCandidate> candidates)
{
    // One delegate instance: the key under which the input keeps the names for both detectors.
    private static readonly Func<DetectionInput, NamesInSegment?> FindOnce =
        input => NameCandidates.Find(input) is { } candidates ? new NamesInSegment(input, candidates) : null;

    // The answers for the first 64 candidates, as bits: known, and evaluator. Later ones (a long
    // committee list) are worked out each time they are asked for; an array would be allocated for
    // every segment with a name.
    private ulong _known;
    private ulong _evaluator;

    public List<NameCandidate> Candidates => candidates;

    /// <summary>The segment's names, or null when it has none.</summary>
    public static NamesInSegment? Of(DetectionInput input) => input.Shared(FindOnce);

    /// <summary><see cref="EvaluationContext.IsEvaluator"/> for the candidate at <paramref name="index"/>.</summary>
    public bool IsEvaluator(int index)
    {
        if (index >= 64)
        {
            return EvaluationContext.IsEvaluator(input, candidates[index]);
        }

        var bit = 1UL << index;
        if ((_known & bit) == 0)
        {
            _known |= bit;
            _evaluator |= EvaluationContext.IsEvaluator(input, candidates[index]) ? bit : 0;
        }

        return (_evaluator & bit) != 0;
    }
}
