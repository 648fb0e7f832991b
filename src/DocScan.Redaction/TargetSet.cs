using System.Buffers;

namespace DocScan.Redaction;

/// <summary>Targets keyed by the text to look for; finds them leftmost first, the longest where several start together.</summary>
internal sealed class TargetSet
{
    private readonly Dictionary<string, MaskTarget> _byKey;
    private readonly string[] _keysByLength;
    private readonly SearchValues<string>? _search;

    public TargetSet(IEnumerable<(string Key, MaskTarget Target)> targets)
    {
        _byKey = new Dictionary<string, MaskTarget>(StringComparer.Ordinal);
        foreach (var (key, target) in targets)
        {
            _byKey.TryAdd(key, target);
        }

        _keysByLength = [.. _byKey.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)];
        _search = _byKey.Count > 0 ? SearchValues.Create(_keysByLength, StringComparison.Ordinal) : null;
    }

    public int Count => _byKey.Count;

    public List<TargetMatch> Find(string text)
    {
        var matches = new List<TargetMatch>();
        if (_search is null)
        {
            return matches;
        }

        var from = 0;
        while (from < text.Length)
        {
            var hit = text.AsSpan(from).IndexOfAny(_search);
            if (hit < 0)
            {
                break;
            }

            var at = from + hit;
            var key = Array.Find(_keysByLength, k => text.AsSpan(at).StartsWith(k, StringComparison.Ordinal))!;
            matches.Add(new TargetMatch(at, key.Length, _byKey[key]));
            from = at + key.Length;
        }

        return matches;
    }
}
