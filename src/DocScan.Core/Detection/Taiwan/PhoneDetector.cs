using System.Text.RegularExpressions;
using DocScan.Core.Detection.Common;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Phone numbers: mobiles (0912-345-678, 0912345678, +886 912 345 678), landlines with their area code
/// ((02)2720-8889, 037-123456, 049-2345678), toll-free lines, each with an optional extension (#123,
/// 分機123, ext. 123). The numbering plan settles whether digits are a number at all; the agency's
/// own letterhead numbers are not findings.
/// </summary>
internal sealed partial class PhoneDetector(ScanRules rules) : IDetector
{
    private static readonly Keywords Context = ["電話", "手機", "行動", "聯絡", "連絡", "TEL", "傳真", "FAX", "市話", "專線", "分機"];

    // A bare ten-digit run after these labels is an account or a file number that happens to start with 09.
    private static readonly Keywords OtherNumbers = ["帳號", "帳戶", "卡號", "編號", "案號", "字號", "證號"];

    // Looked up by the digits as read, before any string is made of them.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _agencyPhones = rules.Agency.Phones
        .Select(TaiwanPhoneNumber.Canonical)
        .Where(p => p.Length > 0)
        .ToHashSet(StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public string Id => "tw-phone";

    public string FindingType => FindingTypes.Phone;

    public DetectorRequirements Requirements => new(MinDigits: 9, Number: new(9, Separators: " -)"));

    public IEnumerable<Keywords> Keywords => [Context, OtherNumbers];

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;
        Span<char> buffer = stackalloc char[MaxDigits];
        foreach (var match in Candidate().EnumerateMatches(text))
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            var digits = Read(text.AsSpan(start, match.Length), buffer, out var writtenArea, out var compact);
            var (kind, areaLength) = TaiwanPhoneNumber.Classify(digits);
            if (kind == TaiwanPhoneNumber.Kind.None
                || !AreaAsWritten(writtenArea, kind, areaLength)
                || NumberContext.IsDocumentNumberOrAmount(text, start, end)
                || _agencyPhones.Contains(digits))
            {
                continue;
            }

            var labelled = input.HasContext(start, match.Length, Context, 30);
            if (compact && !labelled
                && (kind != TaiwanPhoneNumber.Kind.Mobile || input.HasBefore(start, OtherNumbers, 12)))
            {
                continue;
            }

            var confidence = kind switch
            {
                // Toll-free lines belong to organisations that publish them.
                TaiwanPhoneNumber.Kind.TollFree => 0.6,
                _ when labelled => 0.95,
                TaiwanPhoneNumber.Kind.Mobile => compact ? 0.85 : 0.9,
                _ => 0.85,
            };
            var value = digits.ToString();
            found.Add(new DetectorMatch(start, match.Length, value, TaiwanPhoneNumber.Mask(value, kind, areaLength), confidence));
        }
    }

    // The pattern allows 15 digits at most (+886, a three-digit area, eight local digits): room to spare.
    private const int MaxDigits = 24;

    // A matched number's national-format digits, read from the matched characters, which leave no doubt
    // what the pattern's groups would hold: an extension starts at the first #, 分, 轉 or E; +886 or
    // (+886) opens an international number (whose area may be written (0)); (02) is an area in
    // parentheses; else an area is the first run of digits when a space or dash follows it.
    // writtenArea is how many digits of the area code are written apart ((02), 037-), -1 when none are;
    // a compact number is digits only. Reading the Match's groups instead would allocate a Match for
    // every candidate.
    private static ReadOnlySpan<char> Read(ReadOnlySpan<char> written, Span<char> buffer, out int writtenArea, out bool compact)
    {
        var extension = written.IndexOfAny("#分轉Ee");
        var number = (extension >= 0 ? written[..extension] : written).TrimEnd(' ');
        if (number[0] == '+' || number.StartsWith("(+", StringComparison.Ordinal))
        {
            var rest = number[(number.IndexOf("886", StringComparison.Ordinal) + 3)..].TrimStart("-) ");
            if (rest.StartsWith("(0)", StringComparison.Ordinal))
            {
                rest = rest[3..];
            }

            (writtenArea, compact) = (-1, false);
            buffer[0] = '0';
            return buffer[..(1 + NumberContext.Digits(rest, buffer[1..]).Length)];
        }

        // (02) has two digits and more inside its parentheses: never compact.
        writtenArea = number[0] == '(' ? number.IndexOf(')') - 1 : number.IndexOfAny(" -");
        compact = writtenArea < 0;
        return NumberContext.Digits(number, buffer);
    }

    // (04)92345678 is not a Nantou number written oddly but something else; a mobile's prefix may be
    // grouped as 0912 or 09. The digits start with the area as written, so its length says it all.
    private static bool AreaAsWritten(int writtenArea, TaiwanPhoneNumber.Kind kind, int areaLength) =>
        writtenArea < 0
        || (kind is TaiwanPhoneNumber.Kind.Mobile or TaiwanPhoneNumber.Kind.TollFree ? writtenArea <= 4 : writtenArea == areaLength);

    [GeneratedRegex(
        @"(?<![0-9A-Za-z+\-])(?:" +
        @"(?<intl>\+ ?886|\(\+886\))[ \-]?(?:\(0\) ?)?(?<area>[2-9][0-9]{0,2})[ \-]?(?<local>[0-9]{3,4}[ \-]?[0-9]{3,4})" +
        @"|\((?<area>0[0-9]{1,3})\) ?(?<local>[0-9]{2,4}[ \-]?[0-9]{3,4})" +
        @"|(?<area>0[0-9]{1,3})[ \-](?<local>[0-9]{3,4}[ \-]?[0-9]{3,4})" +
        @"|(?<compact>0[0-9]{8,10})" +
        @")(?<ext> ?(?:#|分機|轉|[Ee][Xx][Tt]\.?) ?[0-9]{1,6})?(?![0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
