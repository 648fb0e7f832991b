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

    private bool?[]? _isEvaluator;

    public List<NameCandidate> Candidates => candidates;

    /// <summary>The segment's names, or null when it has none.</summary>
    public static NamesInSegment? Of(DetectionInput input) => input.Shared(FindOnce);

    /// <summary><see cref="EvaluationContext.IsEvaluator"/> for the candidate at <paramref name="index"/>.</summary>
    public bool IsEvaluator(int index) =>
        (_isEvaluator ??= new bool?[candidates.Count])[index] ??= EvaluationContext.IsEvaluator(input, candidates[index]);
}
