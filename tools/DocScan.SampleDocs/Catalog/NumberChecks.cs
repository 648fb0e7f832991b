namespace DocScan.SampleDocs.Catalog;

/// <summary>
/// The generator's own check-digit rules for numbers other than IDs, so a planted company or card
/// number is proven valid and a look-alike proven invalid before a file is written.
/// </summary>
public static class NumberChecks
{
    private static readonly int[] UbnWeights = [1, 2, 1, 2, 1, 2, 4, 1];

    /// <summary>統一編號: weighted digit sums divisible by 5 (since 2023); a 7th digit 7 may count one less.</summary>
    public static bool IsUbn(string digits)
    {
        if (digits.Length != 8 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = digits.Select((c, i) => (c - '0') * UbnWeights[i]).Sum(p => p / 10 + p % 10);
        return sum % 5 == 0 || (digits[6] == '7' && (sum + 1) % 5 == 0);
    }

    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }

        return sum % 10 == 0;
    }

    /// <summary>The card schemes the samples use: Visa (4, 16 digits), Mastercard (51-55, 16), JCB (3528-3589, 16).</summary>
    public static bool IsCardNumber(string digits) =>
        digits.All(char.IsAsciiDigit) && PassesLuhn(digits) && digits.Length == 16
        && (digits[0] == '4' || digits[..2] is "51" or "52" or "53" or "54" or "55"
            || int.Parse(digits[..4]) is >= 3528 and <= 3589);

    public static string DigitsOf(string printed) => new(IdChecksum.Normalize(printed).Where(char.IsAsciiDigit).ToArray());
}
