using System.Text.RegularExpressions;

namespace DocScan.Core.Detection.Common;

/// <summary>
/// Payment card numbers: 13 to 19 digits, plain or in the groups cards print (4-4-4-4, Amex 4-6-5),
/// with the Luhn check digit and an issuer prefix (IIN) of a scheme used in Taiwan.
/// </summary>
internal sealed partial class CreditCardDetector : IDetector
{
    private static readonly Keywords Context = ["信用卡", "簽帳卡", "金融卡", "卡號", "card", "VISA", "Master", "JCB"];

    public string Id => "credit-card";

    public string FindingType => FindingTypes.CreditCard;

    // Thirteen digits or more, in groups of four at least.
    public DetectorRequirements Requirements => new(MinDigits: 13, Number: new(13, Separators: " -"));

    public IEnumerable<Keywords> Keywords => [Context];

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;
        foreach (var match in Candidate().EnumerateMatches(text))
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            var digits = NumberContext.Digits(text.AsSpan(start, match.Length));
            if (!HasKnownIssuer(digits)
                || !PassesLuhn(digits)
                || NumberContext.IsDocumentNumberOrAmount(text, start, end))
            {
                continue;
            }

            var confidence = input.HasContext(start, match.Length, Context, 40) ? 0.97 : 0.9;
            var masked = string.Concat(digits.AsSpan(0, 4), new string('*', digits.Length - 8), digits.AsSpan(digits.Length - 4));
            found.Add(new DetectorMatch(start, match.Length, digits, masked, confidence));
        }
    }

    public static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    /// <summary>Visa, Mastercard, American Express, JCB, Discover, UnionPay and Diners Club ranges with their lengths.</summary>
    public static bool HasKnownIssuer(ReadOnlySpan<char> digits)
    {
        var length = digits.Length;
        var two = int.Parse(digits[..2]);
        var four = int.Parse(digits[..4]);
        return digits[0] switch
        {
            '4' => length is 13 or 16 or 19,
            '5' => two is >= 51 and <= 55 && length == 16,
            '2' => four is >= 2221 and <= 2720 && length == 16,
            '3' when two is 34 or 37 => length == 15,
            '3' when four is >= 3528 and <= 3589 => length is >= 16 and <= 19,
            '3' when two is 36 or 38 or 39 || four / 10 is >= 300 and <= 305 => length is >= 14 and <= 19,
            '6' when four == 6011 || four / 10 is >= 644 and <= 649 || two is 65 or 62 => length is >= 16 and <= 19,
            _ => false,
        };
    }

    // Plain, in fours (the last group may be short: 13 and 19 digits), or Amex/Diners 4-6-5 and 4-6-4;
    // one separator style per number.
    [GeneratedRegex(
        @"(?<![0-9A-Za-z\-])(?<![0-9][ \-])(?:[0-9]{13,19}" +
        @"|[0-9]{4}(?<s>[ \-])[0-9]{4}\k<s>[0-9]{4}\k<s>[0-9]{1,4}(?:\k<s>[0-9]{3})?" +
        @"|[0-9]{4}(?<a>[ \-])[0-9]{6}\k<a>[0-9]{4,5}" +
        @")(?![0-9]|-[0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
