using System.Text;
using DocScan.Core.Detection;

namespace DocScan.SampleDocs.Catalog;

/// <summary>
/// The generator's own checksum rules, so every planted ID is proven valid and every look-alike proven
/// invalid before a file is written (the scanner under test is never consulted).
/// </summary>
public static class IdChecksum
{
    // 內政部 letter codes: I, O, W, X, Y, Z are out of alphabetical order for historical reasons.
    private const string Letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    /// <summary>NFKC (full-width to half-width) with every whitespace character removed.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The finding type the normalized value would be, or null when it is no valid ID.</summary>
    public static string? Classify(string normalized)
    {
        if (normalized.Length != 10 || LetterCode(normalized[0]) is not { } first
            || !normalized[2..].All(char.IsAsciiDigit))
        {
            return null;
        }

        var second = normalized[1];
        if (second is '1' or '2')
        {
            return DigitsChecksumHolds(first, normalized) ? FindingTypes.NationalId : null;
        }

        if (second is '8' or '9')
        {
            return DigitsChecksumHolds(first, normalized) ? FindingTypes.ResidentId : null;
        }

        if (second is >= 'A' and <= 'D')
        {
            var sum = first / 10 + first % 10 * 9 + LetterCode(second)!.Value % 10 * 8 + WeightedTail(normalized);
            return sum % 10 == 0 ? FindingTypes.ResidentId : null;
        }

        return null;
    }

    private static bool DigitsChecksumHolds(int first, string value) =>
        (first / 10 + first % 10 * 9 + (value[1] - '0') * 8 + WeightedTail(value)) % 10 == 0;

    // Digits 3..10 weigh 7,6,5,4,3,2,1,1.
    private static int WeightedTail(string value)
    {
        var sum = 0;
        for (var i = 2; i < 10; i++)
        {
            sum += (value[i] - '0') * Math.Max(9 - i, 1);
        }

        return sum;
    }

    private static int? LetterCode(char letter)
    {
        var index = Letters.IndexOf(letter);
        return index < 0 ? null : 10 + index;
    }
}
