using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DocScan.Evaluation;

/// <summary>
/// When a reported value is the labelled one (docs/evaluation.md, "Matching"). Both sides are
/// normalised by type: NFKC (full-width to half-width) without whitespace everywhere; phones and
/// numbers to their digits; e-mail in lower case; birth dates to yyyy-MM-dd (民國 years + 1911);
/// 台 as 臺 in addresses. Then a value matches when the normalised strings are equal, or when one
/// contains the other and the shorter one is at least half the longer (two characters at least);
/// for phrase types (address, land-parcel, building-number, criminal-record, health-record), where
/// reports and labels legitimately cut a phrase at different places, any containment of two or more
/// characters matches.
/// </summary>
public static partial class ValueMatching
{
    private static readonly HashSet<string> PhraseTypes = ["address", "land-parcel", "building-number", "criminal-record", "health-record"];

    private static readonly HashSet<string> DigitTypes = ["ubn", "nhi-card", "bank-account", "credit-card"];

    public static string Normalize(string type, string value)
    {
        var text = Basic(value);
        return type switch
        {
            "phone" => PhoneDigits(text),
            _ when DigitTypes.Contains(type) => new string(text.Where(char.IsAsciiDigit).ToArray()),
            "email" => text.ToLowerInvariant(),
            "national-id" or "resident-id" or "passport" or "vehicle-plate" or "masked-national-id" => text.ToUpperInvariant(),
            "birth-date" => IsoDate(text) ?? text,
            "address" => text.Replace('台', '臺'),
            _ => text,
        };
    }

    /// <summary>True when <paramref name="found"/> (a reported value) matches <paramref name="labelled"/>, both already normalised for <paramref name="type"/>.</summary>
    public static bool Matches(string type, string labelled, string found)
    {
        if (labelled.Length == 0 || found.Length == 0)
        {
            return false;
        }

        if (labelled == found)
        {
            return true;
        }

        var (shorter, longer) = labelled.Length <= found.Length ? (labelled, found) : (found, labelled);
        if (shorter.Length < 2 || !longer.Contains(shorter, StringComparison.Ordinal))
        {
            return false;
        }

        return PhraseTypes.Contains(type) || shorter.Length * 2 >= longer.Length;
    }

    /// <summary>True when a reported value of any type covers a look-alike, or the look-alike covers it (same containment rule as <see cref="Matches"/>).</summary>
    public static bool Covers(string lookAlike, string type, string found) =>
        Matches(type, Normalize(type, lookAlike), found) || Matches("", Basic(lookAlike), Basic(found));

    /// <summary>First and last character kept, the rest ○: what the eval output shows of any value.</summary>
    public static string Mask(string value)
    {
        var text = Basic(value);
        return text.Length switch
        {
            0 => "",
            1 => "○",
            2 => text[0] + "○",
            _ => text[0] + new string('○', Math.Min(text.Length - 2, 8)) + text[^1],
        };
    }

    private static string Basic(string value) =>
        new(value.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string PhoneDigits(string text)
    {
        var number = Extension().Replace(text, "");
        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        if (number.StartsWith("+886", StringComparison.Ordinal))
        {
            digits = "0" + digits[3..];
        }

        return digits;
    }

    private static string? IsoDate(string text)
    {
        var match = DateParts().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["roc"].Success || year < 1000)
        {
            year += 1911;
        }

        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day is >= 1 and <= 31 ? $"{year:D4}-{month:D2}-{day:D2}" : null;
    }

    [GeneratedRegex(@"(?:分機|轉|#|ext\.?|EXT\.?)[0-9]*$")]
    private static partial Regex Extension();

    // 民國58年6月5日, 58年6月5日, 058/06/05, 58.6.5, 1969-06-05, 1969/6/5, 0580605.
    [GeneratedRegex(@"^(?<roc>民國)?(?<y>[0-9]{2,4})(?:年|[./-])(?<m>[0-9]{1,2})(?:月|[./-])(?<d>[0-9]{1,2})日?$|^(?<y>[0-9]{3})(?<m>[0-9]{2})(?<d>[0-9]{2})$")]
    private static partial Regex DateParts();
}
