using System.Buffers;

namespace DocScan.Core.Detection;

/// <summary>
/// Case-insensitive search for context words (電話, TEL, 身分證, ID), with exactly the results of
/// <see cref="StringComparison.OrdinalIgnoreCase"/> but at the speed of an ordinal search for the
/// words that have no case. Ignoring case over Chinese text takes the runtime's slow per-character
/// path (about twenty times slower than an ordinal search), and context look-ups run for every
/// candidate over a window of several hundred characters.
/// </summary>
internal static class ContextWords
{
    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Whether any word occurs in the span, ignoring case as <see cref="StringComparison.OrdinalIgnoreCase"/> does.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> span, IReadOnlyList<string> words)
    {
        if (words is ContextWordList prepared)
        {
            return prepared.OccursIn(span);
        }

        if (words.Count > 64)
        {
            return ContainsAnyOneByOne(span, words);
        }

        // Words with case (TEL, FAX) one by one: they are few, and cheap to rule out in Chinese text.
        // The others are gathered with their first and last characters. Indexing, not foreach:
        // enumerating an array through the interface allocates an enumerator.
        var caseless = 0UL;
        Span<char> firsts = stackalloc char[MaxAnchors];
        Span<char> lasts = stackalloc char[MaxAnchors];
        int firstCount = 0, lastCount = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!IsCaseless(word))
            {
                if (Contains(span, word))
                {
                    return true;
                }

                continue;
            }

            if (word.Length == 0)
            {
                return true;
            }

            caseless |= 1UL << i;
            firstCount = AddAnchor(firsts, firstCount, word[0]);
            lastCount = AddAnchor(lasts, lastCount, word[^1]);
        }

        // Then the caseless words in one pass (a context look-up searches several hundred characters
        // for half a dozen words), for their first or their last characters, whichever are fewer:
        // only where one occurs are the words compared.
        if (caseless == 0)
        {
            return false;
        }

        if (firstCount <= MaxAnchors && firstCount <= lastCount)
        {
            return ContainsAnyStartingWith(span, words, caseless, firsts[..firstCount]);
        }

        if (lastCount <= MaxAnchors)
        {
            return ContainsAnyEndingWith(span, words, caseless, lasts[..lastCount]);
        }

        return ContainsAnyOneByOne(span, words);
    }

    // Up to five characters are searched for in one vectorized pass.
    private const int MaxAnchors = 5;

    // Adds a character to the distinct ones; a count past MaxAnchors means too many.
    private static int AddAnchor(Span<char> anchors, int count, char anchor)
    {
        if (count > MaxAnchors || anchors[..count].Contains(anchor))
        {
            return count;
        }

        if (count == MaxAnchors)
        {
            return count + 1;
        }

        anchors[count] = anchor;
        return count + 1;
    }

    private static bool ContainsAnyOneByOne(ReadOnlySpan<char> span, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (Contains(span, words[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAnyStartingWith(ReadOnlySpan<char> span, IReadOnlyList<string> words, ulong caseless, ReadOnlySpan<char> firsts)
    {
        for (var at = span.IndexOfAny(firsts); at >= 0; at = NextIndexOfAny(span, at, firsts))
        {
            var rest = span[at..];
            for (var i = 0; i < words.Count; i++)
            {
                if ((caseless & (1UL << i)) != 0 && rest.StartsWith(words[i], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ContainsAnyEndingWith(ReadOnlySpan<char> span, IReadOnlyList<string> words, ulong caseless, ReadOnlySpan<char> lasts)
    {
        for (var at = span.IndexOfAny(lasts); at >= 0; at = NextIndexOfAny(span, at, lasts))
        {
            var upTo = span[..(at + 1)];
            for (var i = 0; i < words.Count; i++)
            {
                if ((caseless & (1UL << i)) != 0 && upTo.EndsWith(words[i], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int NextIndexOfAny(ReadOnlySpan<char> span, int at, ReadOnlySpan<char> values)
    {
        var next = span[(at + 1)..].IndexOfAny(values);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>Whether the word occurs in the span, ignoring case as <see cref="StringComparison.OrdinalIgnoreCase"/> does.</summary>
    public static bool Contains(ReadOnlySpan<char> span, string word)
    {
        if (IsCaseless(word))
        {
            return span.Contains(word, StringComparison.Ordinal);
        }

        return ContainsIgnoringCase(span, word);
    }

    /// <summary><see cref="Contains"/> for a word known to have case.</summary>
    internal static bool ContainsIgnoringCase(ReadOnlySpan<char> span, string word)
    {
        // Ignoring case, only an ASCII letter matches an ASCII letter (checked against every UTF-16
        // unit), so a word with one (TEL, DOB) cannot occur in a Chinese line without any.
        if (HasAsciiLetter(word) && !HasAsciiLetter(span))
        {
            return false;
        }

        return span.Contains(word, StringComparison.OrdinalIgnoreCase);
    }

    public static bool HasAsciiLetter(ReadOnlySpan<char> span) => span.ContainsAny(AsciiLetters);

    /// <summary>Whether the span ends with the word, ignoring case as <see cref="StringComparison.OrdinalIgnoreCase"/> does.</summary>
    public static bool EndsWith(ReadOnlySpan<char> span, string word) =>
        span.EndsWith(word, IsCaseless(word) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    // No character changes under case mapping, and none maps onto one of these: ASCII other than
    // letters, and CJK punctuation, kana and ideographs (U+3000–U+9FFF). For such a word ignoring case
    // and comparing ordinally find the same places.
    internal static bool IsCaseless(string word)
    {
        foreach (var c in word)
        {
            if (c < 0x80 ? char.IsAsciiLetter(c) : c is < '\u3000' or > '\u9FFF')
            {
                return false;
            }
        }

        return true;
    }
}
