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

    public bool IsEmpty => _search is null;

    public bool Contains(string name) => _names.Count > 0 && _names.Contains(ScanRules.Canonical(name));

    /// <summary>Every roster name in the text, the longest where two start at the same place.</summary>
    public (int Start, string Name)[] FindIn(string text)
    {
        if (_search is null)
        {
            return [];
        }

        List<(int, string)>? found = null;
        var from = 0;
        while (from < text.Length)
        {
            var hit = text.AsSpan(from).IndexOfAny(_search);
            if (hit < 0)
            {
                break;
            }

            var at = from + hit;
            var name = LongestAt(text.AsSpan(at));
            (found ??= []).Add((at, name));
            from = at + name.Length;
        }

        return found is null ? [] : [.. found];
    }

    private string LongestAt(ReadOnlySpan<char> text)
    {
        foreach (var name in _byLength)
        {
            if (text.StartsWith(name, StringComparison.Ordinal))
            {
                return name;
            }
        }

        throw new InvalidOperationException("The search found a name that no roster name starts.");
    }
}
