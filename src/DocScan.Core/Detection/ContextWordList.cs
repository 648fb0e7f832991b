using System.Buffers;
using System.Collections;
using System.Runtime.CompilerServices;

namespace DocScan.Core.Detection;

/// <summary>
/// Context words prepared once: which words have case, and the characters a search anchors on. A
/// detector's word lists are fixed, and a look-up runs for most candidates, so this is worked out when
/// the list is made, not on every call. Written as a collection: <c>ContextWordList words = ["電話", "TEL"];</c>
/// </summary>
[CollectionBuilder(typeof(ContextWordList), nameof(Create))]
public sealed class ContextWordList : IReadOnlyList<string>
{
    // Up to this many distinct characters are searched for in one vectorized pass.
    private const int MaxAnchors = 5;

    private readonly string[] _words;
    private readonly string[] _cased;
    private readonly string[] _caseless;
    private readonly bool _hasEmpty;
    private readonly SearchValues<char>? _anchors;
    private readonly bool _anchorsAreFirsts;

    private ContextWordList(string[] words)
    {
        _words = words;
        _cased = [.. words.Where(w => !ContextWords.IsCaseless(w))];
        _caseless = [.. words.Where(w => ContextWords.IsCaseless(w) && w.Length > 0)];
        _hasEmpty = words.Any(w => w.Length == 0);

        // The caseless words are found through their first or their last characters, whichever are
        // fewer: only where one occurs are the words compared.
        var firsts = _caseless.Select(w => w[0]).Distinct().ToArray();
        var lasts = _caseless.Select(w => w[^1]).Distinct().ToArray();
        if (firsts.Length <= MaxAnchors && firsts.Length <= lasts.Length)
        {
            (_anchors, _anchorsAreFirsts) = (SearchValues.Create(firsts), true);
        }
        else if (lasts.Length <= MaxAnchors)
        {
            (_anchors, _anchorsAreFirsts) = (SearchValues.Create(lasts), false);
        }
    }

    public static ContextWordList Create(ReadOnlySpan<string> words) => new(words.ToArray());

    public int Count => _words.Length;

    public string this[int index] => _words[index];

    /// <summary>Whether any word occurs in the span, ignoring case as <see cref="StringComparison.OrdinalIgnoreCase"/> does.</summary>
    public bool OccursIn(ReadOnlySpan<char> span)
    {
        if (_hasEmpty)
        {
            return true;
        }

        // Words with case (TEL, FAX) one by one: they are few, and cheap to rule out in Chinese text.
        foreach (var word in _cased)
        {
            if (ContextWords.ContainsIgnoringCase(span, word))
            {
                return true;
            }
        }

        if (_caseless.Length == 0)
        {
            return false;
        }

        if (_anchors is null)
        {
            foreach (var word in _caseless)
            {
                if (span.Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        var from = 0;
        while (span[from..].IndexOfAny(_anchors) is var next and >= 0)
        {
            var at = from + next;
            if (_anchorsAreFirsts ? StartsAt(span[at..]) : EndsAt(span[..(at + 1)]))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    private bool StartsAt(ReadOnlySpan<char> rest)
    {
        foreach (var word in _caseless)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsAt(ReadOnlySpan<char> upTo)
    {
        foreach (var word in _caseless)
        {
            if (upTo.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
