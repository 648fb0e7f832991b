using System.Buffers;

namespace DocScan.Core.Detection.Common;

/// <summary>
/// A fixed set of strings found in text leftmost first, the longest where several start at the same place,
/// each match resuming the search after its end: a roster's names, or a draft's values to mask.
/// </summary>
internal sealed class LongestMatchSearch
{
    private readonly string[] _byLength;
    private readonly SearchValues<string>? _search;

    public LongestMatchSearch(IEnumerable<string> strings)
    {
        _byLength = [.. strings.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)];
        _search = _byLength.Length > 0 ? SearchValues.Create(_byLength, StringComparison.Ordinal) : null;
    }

    /// <summary>Where each string occurs, and which one it is.</summary>
    public IReadOnlyList<(int Start, string Match)> FindIn(ReadOnlySpan<char> text)
    {
        if (_search is null)
        {
            return [];
        }

        List<(int, string)>? found = null;
        var from = 0;
        while (from < text.Length && text[from..].IndexOfAny(_search) is >= 0 and var hit)
        {
            var at = from + hit;
            var match = LongestAt(text[at..]);
            (found ??= []).Add((at, match));
            from = at + match.Length;
        }

        return found is null ? [] : found;
    }

    private string LongestAt(ReadOnlySpan<char> text)
    {
        foreach (var s in _byLength)
        {
            if (text.StartsWith(s, StringComparison.Ordinal))
            {
                return s;
            }
        }

        throw new InvalidOperationException("The search found a string that none of the set's strings starts.");
    }
}
