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
        var enumerator = StringInfo.GetTextElementEnumerator(original);
        while (enumerator.MoveNext())
        {
            var element = (string)enumerator.Current;
            var start = enumerator.ElementIndex;
            var normalized = NormalizeElement(element);
            text.Append(normalized);
            for (var i = 0; i < normalized.Length; i++)
            {
                starts.Add(start);
                ends.Add(start + element.Length);
            }
        }

        return new NormalizedText(original, text.ToString(), [.. starts], [.. ends]);
    }

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
