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
