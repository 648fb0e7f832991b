using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace DocScan.Core.Normalization;

/// <summary>
/// NFKC, one text element at a time, so each normalized character knows which original characters
/// produced it (full-width <c>Ａ１２３</c> becomes <c>A123</c>, each still pointing at its full-width source).
/// The map back is built only when a match asks for it: most text matches nothing.
/// </summary>
public static class TextNormalizer
{
    // Per UTF-16 unit: whether NFKC leaves it alone and it combines with nothing. Worked out once for
    // every unit when the class is first used, and never written again.
    private static readonly bool[] Stability = ClassifyAll();

    public static NormalizedText Normalize(string original)
    {
        var (text, mapped) = Normalized(original);
        return new NormalizedText(original, text, mapped);
    }

    /// <summary>The normalized text, and whether its characters need a map back to the original's.</summary>
    internal static (string Text, bool Mapped) Normalized(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return ShapeOf(original) switch
        {
            Shape.Stable => (original, false),
            // Full-width ASCII and the ideographic space narrowed are the only change in most lines of a
            // letter (full-width punctuation and digits, 　 padding): every character keeps its offset, so
            // no map is needed.
            Shape.Narrows => (string.Create(original.Length, original, Narrow), false),
            // From the character before the first unstable one: a combining mark there composes with it
            // (e + U+0301 → é), as it does in the map, which is built from the start.
            _ => (Transform(original, Math.Max(0, FirstUnstable(original) - 1), null), true),
        };
    }

    private enum Shape
    {
        /// <summary>NFKC leaves every character alone.</summary>
        Stable,

        /// <summary>Every character is stable or narrows one to one, and at least one narrows.</summary>
        Narrows,

        /// <summary>Some character needs the general path (Transform).</summary>
        General,
    }

    // A line of a letter is almost all ideographs, ASCII, CJK punctuation and full-width forms: eight
    // characters at a time are checked against those ranges, and only a block holding something else
    // is looked at character by character.
    private static Shape ShapeOf(string original)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(original.AsSpan());
        if (!Vector128.IsHardwareAccelerated || chars.Length < Vector128<ushort>.Count)
        {
            return ClassifyEach(original.AsSpan());
        }

        ref var start = ref MemoryMarshal.GetReference(chars);
        var last = (nuint)(chars.Length - Vector128<ushort>.Count);
        var narrowing = Vector128<ushort>.Zero;
        // The last block overlaps the one before when the length is not a multiple of eight: checking
        // a character twice costs less than a scalar tail.
        for (nuint i = 0; ; i = Math.Min(i + (nuint)Vector128<ushort>.Count, last))
        {
            var block = Vector128.LoadUnsafe(ref start, i);
            var narrows = NarrowingLanes(block);
            if ((narrows | StableLanes(block)) != Vector128<ushort>.AllBitsSet
                && ClassifyEach(original.AsSpan((int)i, Vector128<ushort>.Count)) == Shape.General)
            {
                return Shape.General;
            }

            narrowing |= narrows;
            if (i == last)
            {
                return narrowing == Vector128<ushort>.Zero ? Shape.Stable : Shape.Narrows;
            }
        }
    }

    private static Shape ClassifyEach(ReadOnlySpan<char> chars)
    {
        var shape = Shape.Stable;
        foreach (var c in chars)
        {
            // The ranges first: cheaper than the table, and they hold nearly every character.
            if (IsKnownStable(c))
            {
                continue;
            }

            if (NarrowsOneToOne(c))
            {
                shape = Shape.Narrows;
            }
            else if (!IsStable(c))
            {
                return Shape.General;
            }
        }

        return shape;
    }

    // Only called once ShapeOf has found every character stable or narrowing one to one.
    private static void Narrow(Span<char> narrowed, string original)
    {
        var source = MemoryMarshal.Cast<char, ushort>(original.AsSpan());
        if (!Vector128.IsHardwareAccelerated || source.Length < Vector128<ushort>.Count)
        {
            for (var i = 0; i < narrowed.Length; i++)
            {
                var c = original[i];
                narrowed[i] = NarrowsOneToOne(c) ? Narrowed(c) : c;
            }

            return;
        }

        ref var from = ref MemoryMarshal.GetReference(source);
        ref var to = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(narrowed));
        var last = (nuint)(source.Length - Vector128<ushort>.Count);
        for (nuint i = 0; ; i = Math.Min(i + (nuint)Vector128<ushort>.Count, last))
        {
            // Overlapping blocks write the same value twice: each is computed from the original.
            var block = Vector128.LoadUnsafe(ref from, i);
            var fullWidthNarrowed = block - (FullWidthLanes(block) & Vector128.Create(FullWidthOffset));
            Vector128.ConditionalSelect(Vector128.Equals(block, Vector128.Create(IdeographicSpace)), Vector128.Create((ushort)' '), fullWidthNarrowed)
                .StoreUnsafe(ref to, i);
            if (i == last)
            {
                return;
            }
        }
    }

    private static int FirstUnstable(string original)
    {
        var first = 0;
        while (first < original.Length && IsStable(original[first]))
        {
            first++;
        }

        return first;
    }

    /// <summary>Per normalized character, the index of the original character it starts at (for <see cref="NormalizedText"/>, on first use).</summary>
    internal static int[] BuildMap(string original)
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

    private static bool IsStable(char c) => Stability[c];

    private static bool[] ClassifyAll()
    {
        var stable = new bool[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            stable[c] = IsStableUnit((char)c);
        }

        return stable;
    }

    private static bool IsStableUnit(char c)
    {
        if (c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF')
        {
            return true; // unified ideographs: NFKC maps none of them and none combines
        }

        if (char.IsSurrogate(c) || c is >= '\u1100' and <= '\u11FF' or >= '\uA960' and <= '\uA97F' or >= '\uD7B0' and <= '\uD7FF')
        {
            return false; // pairs and Hangul jamo compose with their neighbours
        }

        var category = char.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return false;
        }

        var unit = c.ToString();
        return NormalizeElement(unit) == unit;
    }

    // Characters NFKC turns into one stable ASCII character whatever surrounds them: full-width ASCII
    // (Ａ → A) and the ideographic space (U+3000 → space), which pads names and fields in Chinese forms.
    internal static bool NarrowsOneToOne(char c) => c is >= '\uFF01' and <= '\uFF5E' or '\u3000';

    private static char Narrowed(char c) => c == '\u3000' ? ' ' : (char)(c - FullWidthOffset);

    private const ushort FullWidthOffset = 0xFEE0;

    private const ushort IdeographicSpace = 0x3000;

    /// <summary>
    /// Ranges NFKC leaves alone and in which nothing combines with a neighbour (the tests check each
    /// character against string.Normalize): printable ASCII, the CJK punctuation 、。「」 up to the tone
    /// marks at U+302A, and the unified ideographs.
    /// </summary>
    internal static bool IsKnownStable(char c) => c is >= ' ' and <= '~' or >= '\u3001' and <= '\u3029' or >= '\u4E00' and <= '\u9FFF';

    /// <summary><see cref="IsKnownStable"/> for eight characters at once: all bits set in each lane that is.</summary>
    internal static Vector128<ushort> StableLanes(Vector128<ushort> block) =>
        InRange(block, ' ', '~') | InRange(block, '\u3001', '\u3029') | InRange(block, '\u4E00', '\u9FFF');

    /// <summary><see cref="NarrowsOneToOne"/> for eight characters at once.</summary>
    internal static Vector128<ushort> NarrowingLanes(Vector128<ushort> block) =>
        FullWidthLanes(block) | Vector128.Equals(block, Vector128.Create(IdeographicSpace));

    private static Vector128<ushort> FullWidthLanes(Vector128<ushort> block) => InRange(block, '\uFF01', '\uFF5E');

    // One unsigned comparison per range: below `first` wraps round to a large value.
    private static Vector128<ushort> InRange(Vector128<ushort> block, char first, char last) =>
        Vector128.LessThanOrEqual(block - Vector128.Create((ushort)first), Vector128.Create((ushort)(last - first)));

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
