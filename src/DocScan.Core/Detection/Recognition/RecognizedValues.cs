using System.Text;
using DocScan.Core.Detection.Common;
using DocScan.Core.Detection.Taiwan;

namespace DocScan.Core.Detection.Recognition;

/// <summary>
/// The normalized value and masked form of what a recognizer found, written the way the rule-based
/// detector of the same type writes them, so a report reads the same whoever found a value.
/// </summary>
internal static class RecognizedValues
{
    public static string Normalize(string findingType, string written)
    {
        var text = written.Normalize(NormalizationForm.FormKC).Trim();
        return findingType switch
        {
            FindingTypes.Phone when TaiwanPhoneNumber.Canonical(text) is { Length: > 0 } digits => digits,
            FindingTypes.Email => Compact(text).ToLowerInvariant(),
            FindingTypes.NationalId or FindingTypes.ResidentId or FindingTypes.Passport => Compact(text).ToUpperInvariant(),
            // A Latin name keeps the spaces between its words; a Chinese one has none.
            FindingTypes.PersonName when !text.Any(ChineseNames.IsIdeograph) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            _ => Compact(text),
        };
    }

    public static string Mask(string findingType, string value) => findingType switch
    {
        FindingTypes.PersonName => value.Any(ChineseNames.IsIdeograph) ? ChineseNames.Mask(value) : MaskWords(value),
        FindingTypes.NationalId or FindingTypes.ResidentId => TaiwanIdChecksum.Mask(value),
        FindingTypes.Phone => MaskPhone(value),
        FindingTypes.Email when value.LastIndexOf('@') is > 0 and var at && at < value.Length - 1 => EmailDetector.Mask(value.AsSpan(0, at), value.AsSpan(at + 1)),
        FindingTypes.Address => MaskAddress(value),
        _ => KeepEnds(value, 2, 2),
    };

    private static string Compact(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    // John Smith → J*** S***: initials tell two names apart without giving either away.
    private static string MaskWords(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[..1] + "***"));

    private static string MaskPhone(string digits)
    {
        var (kind, areaLength) = TaiwanPhoneNumber.Classify(digits);
        return kind == TaiwanPhoneNumber.Kind.None ? KeepEnds(digits, 2, 3) : TaiwanPhoneNumber.Mask(digits, kind, areaLength);
    }

    private static string MaskAddress(string address)
    {
        var mark = address.LastIndexOf('號');
        if (mark >= 0 && TaiwanAddressParser.TryParse(address, mark, 0) is { } parsed)
        {
            return TaiwanAddressParser.Mask(address, parsed);
        }

        // An address our grammar does not read (abroad, a landmark): only where it starts stays.
        return KeepEnds(address, Math.Min(3, address.Length / 3), 0);
    }

    private static string KeepEnds(string value, int head, int tail)
    {
        if (value.Length <= head + tail + 1)
        {
            return new string('*', value.Length);
        }

        return string.Concat(value.AsSpan(0, head), new string('*', value.Length - head - tail), value.AsSpan(value.Length - tail));
    }
}
