using System.Text.RegularExpressions;
using DocScan.Core.Detection.Common;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// 健保卡號 (全民健康保險憑證 card number): twelve digits, often printed 0000 1234 5678. There is no
/// published check digit, so the card must be named nearby.
/// </summary>
internal sealed partial class NhiCardDetector : IDetector
{
    private static readonly Keywords Context = ["健保卡", "健保IC卡", "健康保險憑證", "健保憑證", "卡號"];

    private static readonly Keywords Strong = ["健保", "健康保險"];

    // 受理編號：113052000123 in a letter that mentions 健保卡 is the case, not the card; 健保卡編號 is the card.
    private static readonly Keywords OtherNumbers = ["編號", "案號", "單號", "字號", "序號", "收據"];

    private const int LabelWindow = 8;

    public string Id => "tw-nhi-card";

    public string FindingType => FindingTypes.NhiCard;

    // Twelve digits, in groups of four at least.
    public DetectorRequirements Requirements => new(MinDigits: 12, Number: new(12, Separators: " -"), WordInDocument: Context);

    public IEnumerable<Keywords> Keywords => [Context, Strong, OtherNumbers];

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;
        foreach (var match in TwelveDigits().EnumerateMatches(text))
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            if (NumberContext.IsDocumentNumberOrAmount(text, start, end)
                || LabelledAsOtherNumber(input, start)
                || !input.HasContext(start, match.Length, Context, 40))
            {
                continue;
            }

            var value = NumberContext.Digits(text.AsSpan(start, match.Length));
            var confidence = input.HasContext(start, match.Length, Strong, 40) ? 0.9 : 0.75;
            found.Add(new DetectorMatch(start, match.Length, value, string.Concat("********", value.AsSpan(8)), confidence));
        }
    }

    private static bool LabelledAsOtherNumber(DetectionInput input, int start)
    {
        var label = input.Text.AsSpan(Math.Max(0, start - LabelWindow), Math.Min(LabelWindow, start));
        return !label.Contains('卡') && input.HasBefore(start, OtherNumbers, LabelWindow);
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z\-])(?<![0-9][ \-])(?:[0-9]{4}(?<s>[ \-])[0-9]{4}\k<s>[0-9]{4}|[0-9]{12})(?![0-9A-Za-z]|[ \-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex TwelveDigits();
}
