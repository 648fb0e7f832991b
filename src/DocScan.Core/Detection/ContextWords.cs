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
        Span<char> firsts = stackalloc char[MaxFirstChars];
        if (FirstChars(words, firsts) is var count and > 0)
        {
            return ContainsAnyFrom(span, words, firsts[..count]);
        }

        // Indexing, not foreach: enumerating an array through the interface allocates an enumerator.
        for (var i = 0; i < words.Count; i++)
        {
            if (Contains(span, words[i]))
            {
                return true;
            }
        }

        return false;
    }

    // Up to five characters are searched for in one vectorized pass.
    private const int MaxFirstChars = 5;

    // The distinct first characters of the words, or 0 when a word has case or there are too many.
    private static int FirstChars(IReadOnlyList<string> words, Span<char> firsts)
    {
        var count = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length == 0 || !IsCaseless(word))
            {
                return 0;
            }

            if (firsts[..count].Contains(word[0]))
            {
                continue;
            }

            if (count == firsts.Length)
            {
                return 0;
            }

            firsts[count++] = word[0];
        }

        return count;
    }

    // One pass for all the words (context look-ups search several hundred characters for half a
    // dozen words): only where a word's first character occurs is the word compared.
    private static bool ContainsAnyFrom(ReadOnlySpan<char> span, IReadOnlyList<string> words, ReadOnlySpan<char> firsts)
    {
        var at = span.IndexOfAny(firsts);
        while (at >= 0)
        {
            var rest = span[at..];
            for (var i = 0; i < words.Count; i++)
            {
                if (rest.StartsWith(words[i], StringComparison.Ordinal))
                {
                    return true;
                }
            }

            var next = span[(at + 1)..].IndexOfAny(firsts);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>Whether the word occurs in the span, ignoring case as <see cref="StringComparison.OrdinalIgnoreCase"/> does.</summary>
    public static bool Contains(ReadOnlySpan<char> span, string word)
    {
        if (IsCaseless(word))
        {
            return span.Contains(word, StringComparison.Ordinal);
        }

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
    private static bool IsCaseless(string word)
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
