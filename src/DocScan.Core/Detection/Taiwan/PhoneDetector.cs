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
public sealed partial class PhoneDetector(ScanRules rules) : IDetector
{
    private static readonly ContextWordList Context = ["電話", "手機", "行動", "聯絡", "連絡", "TEL", "傳真", "FAX", "市話", "專線", "分機"];

    // A bare ten-digit run after these labels is an account or a file number that happens to start with 09.
    private static readonly ContextWordList OtherNumbers = ["帳號", "帳戶", "卡號", "編號", "案號", "字號", "證號"];

    // Groups by number: looking a group up by name hashes the name, several times per number.
    private static readonly int Intl = Candidate().GroupNumberFromName("intl");
    private static readonly int Area = Candidate().GroupNumberFromName("area");
    private static readonly int Local = Candidate().GroupNumberFromName("local");
    private static readonly int Compact = Candidate().GroupNumberFromName("compact");

    private readonly HashSet<string> _agencyPhones = rules.Agency.Phones
        .Select(TaiwanPhoneNumber.Canonical)
        .Where(p => p.Length > 0)
        .ToHashSet(StringComparer.Ordinal);

    public PhoneDetector()
        : this(ScanRules.Default)
    {
    }

    public string Id => "tw-phone";

    public string FindingType => FindingTypes.Phone;

    public DetectorRequirements Requirements => new(MinDigits: 9);

    public IEnumerable<DetectorMatch> Detect(DetectionInput input)
    {
        var text = input.Text.Text;
        if (!NumberContext.HasDigitRun(text, 9, int.MaxValue, " -)"))
        {
            return [];
        }

        List<DetectorMatch>? found = null;
        // Match by match: a MatchCollection would keep them all in a list of its own.
        for (var match = Candidate().Match(text); match.Success; match = match.NextMatch())
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            var digits = Digits(match);
            var (kind, areaLength) = TaiwanPhoneNumber.Classify(digits);
            if (kind == TaiwanPhoneNumber.Kind.None
                || !AreaAsWritten(match, digits, kind, areaLength)
                || NumberContext.IsDocumentNumber(text, start, end)
                || NumberContext.IsAmount(text, start, end)
                || _agencyPhones.Contains(digits))
            {
                continue;
            }

            var labelled = input.HasContext(start, match.Length, Context, 30);
            var compact = match.Groups[Compact].Success;
            if (compact && !labelled
                && (kind != TaiwanPhoneNumber.Kind.Mobile || NumberContext.LabelledBefore(text, start, OtherNumbers, 12)))
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
            (found ??= []).Add(new DetectorMatch(start, match.Length, digits, TaiwanPhoneNumber.Mask(digits, kind, areaLength), confidence));
        }

        return found.OrNone();
    }

    private static string Digits(Match match)
    {
        if (match.Groups[Compact] is { Success: true } compact)
        {
            return compact.Value;
        }

        var area = match.Groups[Area].Value;
        var local = match.Groups[Local].ValueSpan;
        Span<char> buffer = stackalloc char[16];
        var n = 0;
        if (match.Groups[Intl].Success)
        {
            buffer[n++] = '0';
        }

        foreach (var c in area)
        {
            buffer[n++] = c;
        }

        foreach (var c in local)
        {
            if (char.IsAsciiDigit(c) && n < buffer.Length)
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }

    // (04)92345678 is not a Nantou number written oddly but something else; a mobile's prefix may be
    // grouped as 0912 or 09.
    private static bool AreaAsWritten(Match match, string digits, TaiwanPhoneNumber.Kind kind, int areaLength)
    {
        var area = match.Groups[Area];
        if (!area.Success || match.Groups[Intl].Success)
        {
            return true;
        }

        return kind == TaiwanPhoneNumber.Kind.Mobile || kind == TaiwanPhoneNumber.Kind.TollFree
            ? area.Length <= 4
            : area.Length == areaLength && digits.StartsWith(area.ValueSpan, StringComparison.Ordinal);
    }

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
