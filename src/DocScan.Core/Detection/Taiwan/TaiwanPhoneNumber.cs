namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Taiwan's numbering plan (NCC 電信號碼): which digit strings, written from the leading 0, are real
/// phone numbers, and how long the area code is. The area code fixes the length of the rest.
/// </summary>
internal static class TaiwanPhoneNumber
{
    public enum Kind
    {
        None,
        Mobile,
        Landline,
        TollFree,
    }

    /// <summary>Classifies national-format digits (0 first, no separators) and gives the area code length.</summary>
    public static (Kind Kind, int AreaLength) Classify(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 9 || digits[0] != '0')
        {
            return (Kind.None, 0);
        }

        var (kind, area, lengths) = digits switch
        {
            ['0', '9', ..] => (Kind.Mobile, 4, (10, 10)),
            ['0', '8', '0', '0' or '9', ..] => (Kind.TollFree, 4, (10, 10)),
            ['0', '7', '0', ..] => (Kind.Landline, 3, (11, 11)), // VoIP
            ['0', '8', '2' or '3', '6', ..] => (Kind.Landline, 4, (9, 9)), // 烏坵, 馬祖
            ['0', '8', '9', ..] or ['0', '8', '2', ..] or ['0', '3', '7', ..] => (Kind.Landline, 3, (9, 9)),
            ['0', '4', '9', ..] => (Kind.Landline, 3, (10, 10)),
            ['0', '2', ..] => (Kind.Landline, 2, (10, 10)),
            ['0', '4', ..] => (Kind.Landline, 2, (9, 10)),
            ['0', '3' or '5' or '6' or '7' or '8', ..] => (Kind.Landline, 2, (9, 9)),
            _ => (Kind.None, 0, (0, 0)),
        };

        if (kind == Kind.None || digits.Length < lengths.Item1 || digits.Length > lengths.Item2)
        {
            return (Kind.None, 0);
        }

        // Subscriber numbers never start with 0 or 1: those are prefixes, not lines.
        return kind == Kind.Landline && digits[area] is '0' or '1' ? (Kind.None, 0) : (kind, area);
    }

    /// <summary>
    /// The national-format digits of a number as a rules file or letterhead writes it
    /// ((02)2720-8888 分機 123, +886-2-2720-8888), without the extension; empty when there are none.
    /// </summary>
    public static string Canonical(string written)
    {
        var text = written.Normalize(System.Text.NormalizationForm.FormKC);
        var cut = text.IndexOfAny(['#', '分', '轉', 'x', 'X', 'e', 'E']);
        var digits = new string((cut >= 0 ? text[..cut] : text).Where(char.IsAsciiDigit).ToArray());
        var international = text.TrimStart().TrimStart('(').StartsWith('+') && digits.StartsWith("886", StringComparison.Ordinal);
        return international ? "0" + digits[3..].TrimStart('0') : digits;
    }

    /// <summary>0912-***-678 for a mobile or toll-free line, 02-*****889 for a landline: the operator and area stay recognisable.</summary>
    public static string Mask(string digits, Kind kind, int areaLength) => kind != Kind.Landline
        ? $"{digits[..4]}-***-{digits[^3..]}"
        : $"{digits[..areaLength]}-{new string('*', digits.Length - areaLength - 3)}{digits[^3..]}";
}
