using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace DocScan.Core.Normalization;

/// <summary>
/// NFKC, one text element at a time, so each normalized character knows which original characters
/// produced it (full-width <c>Ａ１２３</c> becomes <c>A123</c>, each still pointing at its full-width source).
/// The map back is built only when a match asks for it: most text matches nothing.
/// </summary>
public static class TextNormalizer
{
    // Per UTF-16 unit: 0 not yet known, 1 NFKC leaves it alone and it combines with nothing, 2 otherwise.
    // Filled on first sight; concurrent writers write the same value.
    private static readonly byte[] Stability = new byte[char.MaxValue + 1];

    public static NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var first = 0;
        while (first < original.Length && IsStable(original[first]))
        {
            first++;
        }

        if (first == original.Length)
        {
            return new NormalizedText(original, original, null);
        }

        // Full-width ASCII and the ideographic space narrowed are the only change in most lines of a
        // letter (full-width punctuation and digits, 　 padding): every character keeps its offset, so
        // no map is needed. Narrowed in one pass that gives up at the first character needing more.
        return Narrow(original, first) is { } narrowed
            ? new NormalizedText(original, narrowed, null)
            : new NormalizedText(original, Transform(original, first, null), BuildMap);
    }

    // The text with every character from `from` on narrowed, or null when one is neither stable nor
    // narrows one to one (Transform's general path).
    private static string? Narrow(string original, int from)
    {
        Span<char> chars = original.Length <= 512 ? stackalloc char[original.Length] : new char[original.Length];
        original.AsSpan(0, from).CopyTo(chars);
        for (var i = from; i < chars.Length; i++)
        {
            var c = original[i];
            if (NarrowsOneToOne(c))
            {
                chars[i] = Narrowed(c);
            }
            else if (IsStable(c))
            {
                chars[i] = c;
            }
            else
            {
                return null;
            }
        }

        return new string(chars);
    }

    private static int[] BuildMap(string original)
    {
        var starts = new List<int>(original.Length);
        Transform(original, 0, starts);
        return [.. starts];
    }

    /// <summary>Normalizes from <paramref name="from"/> on (everything before it is stable); records each output character's source start when asked.</summary>
    private static string Transform(string original, int from, List<int>? starts)
    {
        var text = new StringBuilder(original.Length);
        text.Append(original, 0, from);
        for (var k = 0; k < from; k++)
        {
            starts?.Add(k);
        }

        var i = from;
        while (i < original.Length)
        {
            var c = original[i];
            var nextIsSafe = i + 1 == original.Length || IsStable(original[i + 1]) || NarrowsOneToOne(original[i + 1]);
            if (nextIsSafe && (IsStable(c) || NarrowsOneToOne(c)))
            {
                // Chinese official text is ideographs, full-width punctuation and full-width ASCII:
                // these map one to one, so they skip the costly general path.
                text.Append(NarrowsOneToOne(c) ? Narrowed(c) : c);
                starts?.Add(i);
                i++;
                continue;
            }

            var length = StringInfo.GetNextTextElementLength(original.AsSpan(i));
            var normalized = NormalizeElement(original.Substring(i, length));
            text.Append(normalized);
            for (var k = 0; k < normalized.Length; k++)
            {
                starts?.Add(i);
            }

            i += length;
        }

        return text.ToString();
    }

    // Asked for every character of every segment: the table look-up is inlined, the first sight of a
    // character (classifying it) is not.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsStable(char c)
    {
        var known = Stability[c];
        return known == 0 ? IsStableFirstSeen(c) : known == 1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsStableFirstSeen(char c)
    {
        var known = Classify(c);
        Stability[c] = known;
        return known == 1;
    }

    private static byte Classify(char c)
    {
        if (char.IsSurrogate(c) || c is >= '\u1100' and <= '\u11FF' or >= '\uA960' and <= '\uA97F' or >= '\uD7B0' and <= '\uD7FF')
        {
            return 2; // pairs and Hangul jamo compose with their neighbours
        }

        var category = char.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return 2;
        }

        return NormalizeElement(c.ToString()) == c.ToString() ? (byte)1 : (byte)2;
    }

    // Characters NFKC turns into one stable ASCII character whatever surrounds them: full-width ASCII
    // (Ａ → A) and the ideographic space (U+3000 → space), which pads names and fields in Chinese forms.
    private static bool NarrowsOneToOne(char c) => c is >= '\uFF01' and <= '\uFF5E' or '\u3000';

    private static char Narrowed(char c) => c == '\u3000' ? ' ' : (char)(c - 0xFEE0);

    private static string NormalizeElement(string element)
    {
        // An unpaired surrogate cannot be normalized; it can never be part of an identifier either.
        try
        {
            return element.IsNormalized(NormalizationForm.FormKC) ? element : element.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return element;
        }
    }
}
