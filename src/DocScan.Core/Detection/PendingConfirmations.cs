namespace DocScan.Core.Detection;

/// <summary>
/// One document's matches that wait for a confirming finding (<see cref="FindingDependency"/>), and the findings
/// that may confirm them, as ranges of the document's text. Resolved once every segment is read: the name
/// that ties a record to a person may stand in the next line.
/// </summary>
internal sealed class PendingConfirmations(IReadOnlySet<string> confirmingTypes)
{
    private readonly List<(string Type, int Start, int End)> _confirmers = [];
    private readonly List<(int Finding, int From, int To, FindingDependency Dependency, double MinConfidence)> _waiting = [];

    /// <summary>Notes a finding at [start, end) of the document's text, in case it confirms another.</summary>
    public void Found(string type, int start, int end)
    {
        if (confirmingTypes.Contains(type))
        {
            _confirmers.Add((type, start, end));
        }
    }

    /// <summary>Holds <c>findings[finding]</c> until <see cref="Resolve"/>: it stands if a confirming finding overlaps [from, to).</summary>
    public void Wait(int finding, (int From, int To) range, FindingDependency dependency, double minConfidence) =>
        _waiting.Add((finding, range.From, range.To, dependency, minConfidence));

    /// <summary>Gives each waiting finding its confidence, confirmed or not, and removes those left below their minimum.</summary>
    public void Resolve(List<Finding> findings)
    {
        var dropped = new List<int>();
        foreach (var (index, from, to, dependency, minConfidence) in _waiting)
        {
            var finding = findings[index];
            var confidence = IsConfirmed(from, to, dependency.Types) ? Math.Max(finding.Confidence, dependency.Confidence) : finding.Confidence;
            if (confidence > 0 && confidence >= minConfidence)
            {
                findings[index] = finding with { Confidence = confidence };
            }
            else
            {
                dropped.Add(index);
            }
        }

        for (var i = dropped.Count - 1; i >= 0; i--)
        {
            findings.RemoveAt(dropped[i]);
        }
    }

    private bool IsConfirmed(int from, int to, IReadOnlyList<string> types) =>
        _confirmers.Exists(c => c.Start < to && c.End > from && types.Contains(c.Type));
}
