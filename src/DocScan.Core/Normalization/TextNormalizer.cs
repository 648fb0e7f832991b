using System.Globalization;
using System.Text;

namespace DocScan.Core.Normalization;

/// <summary>
/// NFKC, one text element at a time, so each normalized character knows which original characters
/// produced it (full-width <c>Ａ１２３</c> becomes <c>A123</c>, each still pointing at its full-width source).
/// </summary>
public static class TextNormalizer
{
    public static NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (IsAlreadyNormalized(original))
        {
            return new NormalizedText(original, original, null, null);
        }

        var text = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        var ends = new List<int>(original.Length);
        var i = 0;
        while (i < original.Length)
        {
            var c = original[i];
            var nextIsPlain = i + 1 == original.Length || IsStable(original[i + 1]) || IsFullWidthAscii(original[i + 1]);
            if (nextIsPlain && (IsStable(c) || IsFullWidthAscii(c)))
            {
                // Chinese official text is nearly all ideographs, full-width punctuation and full-width
                // ASCII: these map one to one, so skip the costly general path for them.
                text.Append(IsFullWidthAscii(c) ? (char)(c - 0xFEE0) : c);
                starts.Add(i);
                ends.Add(i + 1);
                i++;
                continue;
            }

            var length = StringInfo.GetNextTextElementLength(original.AsSpan(i));
            var normalized = NormalizeElement(original.Substring(i, length));
            text.Append(normalized);
            for (var k = 0; k < normalized.Length; k++)
            {
                starts.Add(i);
                ends.Add(i + length);
            }

            i += length;
        }

        return new NormalizedText(original, text.ToString(), [.. starts], [.. ends]);
    }

    // Characters NFKC leaves alone on their own: ASCII, CJK ideographs, and the CJK punctuation
    // official documents use (、。「」《》〈〉 and friends; U+3000, the ideographic space, is not stable).
    private static bool IsStable(char c) =>
        c < 0x7F || c is >= '\u4E00' and <= '\u9FFF' || c is >= '\u3001' and <= '\u3035';

    private static bool IsFullWidthAscii(char c) => c is >= '\uFF01' and <= '\uFF5E';

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

    private static bool IsAlreadyNormalized(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
