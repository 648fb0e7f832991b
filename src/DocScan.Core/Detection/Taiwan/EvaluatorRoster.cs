using System.Buffers;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>The agency's evaluator roster (rules.Evaluators), ready to be searched for in text.</summary>
internal sealed class EvaluatorRoster
{
    private readonly HashSet<string> _names;
    private readonly string[] _byLength;
    private readonly SearchValues<string>? _search;

    public EvaluatorRoster(ScanRules rules)
    {
        _names = rules.Evaluators.Select(ScanRules.Canonical).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        _byLength = [.. _names.OrderByDescending(n => n.Length)];
        _search = _names.Count > 0 ? SearchValues.Create(_byLength, StringComparison.Ordinal) : null;
    }

    public bool Contains(string name) => _names.Count > 0 && _names.Contains(ScanRules.Canonical(name));

    /// <summary>Every roster name in the text, the longest where two start at the same place.</summary>
    public IEnumerable<(int Start, string Name)> FindIn(string text)
    {
        if (_search is null)
        {
            yield break;
        }

        var from = 0;
        while (from < text.Length)
        {
            var hit = text.AsSpan(from).IndexOfAny(_search);
            if (hit < 0)
            {
                yield break;
            }

            var at = from + hit;
            var name = Array.Find(_byLength, n => text.AsSpan(at).StartsWith(n, StringComparison.Ordinal))!;
            yield return (at, name);
            from = at + name.Length;
        }
    }
}
