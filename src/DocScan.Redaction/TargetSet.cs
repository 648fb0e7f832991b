using DocScan.Core.Detection.Common;

namespace DocScan.Redaction;

/// <summary>Targets keyed by the text to look for; finds them leftmost first, the longest where several start together.</summary>
internal sealed class TargetSet
{
    private readonly Dictionary<string, MaskTarget> _byKey;
    private readonly LongestMatchSearch _search;

    public TargetSet(IEnumerable<(string Key, MaskTarget Target)> targets)
    {
        _byKey = new Dictionary<string, MaskTarget>(StringComparer.Ordinal);
        foreach (var (key, target) in targets)
        {
            _byKey.TryAdd(key, target);
        }

        _search = new LongestMatchSearch(_byKey.Keys);
    }

    public int Count => _byKey.Count;

    public List<TargetMatch> Find(string text) => [.. _search.FindIn(text).Select(m => new TargetMatch(m.Start, m.Match.Length, _byKey[m.Match]))];
}
