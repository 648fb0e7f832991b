using System.Text;
using System.Text.RegularExpressions;

namespace DocScan.SampleDocs.Catalog;

/// <summary>
/// How a report shows each kind of value (the <c>masked</c> field): enough to tell findings apart,
/// never enough to recover the value. Written from the detectors' documented display rules, one rule
/// per type, so expected.json is computed from the planted text and not from a scan.
/// </summary>
public static partial class FindingMasks
{
    /// <summary>Placeholder of masked names and addresses, as land offices and courts print it.</summary>
    public const char Circle = '○';

    // The compound surnames a sample uses; everything else has a one-character surname.
    private static readonly string[] CompoundSurnames = ["歐陽", "司馬", "張簡", "范姜", "諸葛", "上官", "司徒"];

    /// <summary>王小明 → 王○明, 王明 → 王○, 林黃秀英 → 林○○英, 歐陽小明 → 歐陽○○.</summary>
    public static string Name(string name)
    {
        var surname = CompoundSurnames.Any(name.StartsWith) ? 2 : 1;
        var given = name.Length - surname;
        var keepLast = surname == 1 && given >= 2;
        return name[..surname] + new string(Circle, keepLast ? given - 1 : given) + (keepLast ? name[^1..] : "");
    }

    /// <summary>0912-***-678 for a mobile, 02-*****711 for a landline (area code as printed): digits without the extension.</summary>
    public static string Phone(string digits, int areaLength) => digits.StartsWith("09", StringComparison.Ordinal)
        ? $"{digits[..4]}-***-{digits[^3..]}"
        : $"{digits[..areaLength]}-{new string('*', digits.Length - areaLength - 3)}{digits[^3..]}";

    /// <summary>The local part's first four characters (half of a short one), then the domain in lower case.</summary>
    public static string Email(string address)
    {
        var at = address.IndexOf('@');
        var local = address[..at];
        var kept = local.Length > 4 ? 4 : Math.Max(1, local.Length / 2);
        return local[..kept] + "***@" + address[(at + 1)..].ToLowerInvariant();
    }

    /// <summary>民國75年*月**日, 075/**/**, 076****: the year stays, month and day go.</summary>
    public static string BirthDate(string normalized)
    {
        if (CompactDate().IsMatch(normalized))
        {
            return normalized[..^4] + "****";
        }

        var match = SpelledDate().Match(normalized);
        if (!match.Success)
        {
            match = NumericDate().Match(normalized);
        }

        if (!match.Success)
        {
            throw new InvalidOperationException($"{normalized} is no date the samples know how to write.");
        }

        var chars = normalized.ToCharArray();
        foreach (var name in new[] { "m", "d" })
        {
            var group = match.Groups[name];
            chars.AsSpan(group.Index, group.Length).Fill('*');
        }

        return new string(chars);
    }

    /// <summary>Each address part by its kind: county and district stay, everything that finds the house goes.</summary>
    public static string Address(IEnumerable<string> parts)
    {
        var masked = new StringBuilder();
        var first = true;
        foreach (var part in parts)
        {
            masked.Append(AddressPart(part, first));
            first = false;
        }

        return masked.ToString();
    }

    private static string AddressPart(string part, bool first)
    {
        var last = part[^1];
        return part switch
        {
            _ when part.EndsWith("大道", StringComparison.Ordinal) => "○○大道",
            _ when last is '路' or '街' or '村' or '里' => "○○" + last,
            _ when part.StartsWith('之') => "之○",
            _ when last is '樓' or 'F' => "○樓",
            _ when last is '號' or '巷' or '弄' or '段' or '鄰' or '室' => "○" + last,
            _ when last is '縣' || (first && last == '市' && part.Length == 3) || last is '區' or '鄉' or '鎮' or '市' => part.Replace('台', '臺'),
            _ => throw new ArgumentException($"Address part {part} has no known kind.", nameof(part)),
        };
    }

    /// <summary>First two and last two characters: TZ*****67.</summary>
    public static string Passport(string value) => value[..2] + new string('*', value.Length - 4) + value[^2..];

    /// <summary>Every digit but the last four starred: ********5678.</summary>
    public static string LastFour(string digits) => new string('*', digits.Length - 4) + digits[^4..];

    /// <summary>First four and last four digits.</summary>
    public static string CreditCard(string digits) => digits[..4] + new string('*', digits.Length - 8) + digits[^4..];

    /// <summary>First two and last two digits: 12****78.</summary>
    public static string Ubn(string digits) => digits[..2] + "****" + digits[^2..];

    /// <summary>ABC-5678 → A**-**78: the first letter and the last two characters.</summary>
    public static string VehiclePlate(string value)
    {
        var dash = value.IndexOf('-');
        return $"{value[0]}{new string('*', dash - 1)}-{new string('*', value.Length - dash - 3)}{value[^2..]}";
    }

    [GeneratedRegex(@"^(?:(?:中華)?民國|西元)? ?[0-9]{2,4} ?年 ?(?<m>[0-9]{1,2}) ?月 ?(?<d>[0-9]{1,2}) ?日$")]
    private static partial Regex SpelledDate();

    [GeneratedRegex(@"^[0-9]{2,4}(?<sep>[./\-])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^[0-9]{7,8}$")]
    private static partial Regex CompactDate();
}
