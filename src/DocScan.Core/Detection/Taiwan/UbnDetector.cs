using System.Globalization;
using System.Text.RegularExpressions;
using DocScan.Core.Detection.Common;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// 營利事業統一編號 (統編): eight digits with the Ministry of Finance checksum. One in five random
/// eight-digit numbers passes it, so a company word must be near; a company number is listed for the
/// reviewer, not personal data on its own.
/// </summary>
internal sealed partial class UbnDetector : IDetector
{
    private static readonly Keywords Context = ["統一編號", "統編", "營利事業", "公司", "商號", "行號"];

    private static readonly Keywords Labels = ["統一編號", "統編", "營利事業"];

    // An office number typed without its area code (電話：27208889) has the same shape.
    private static readonly Keywords OtherNumbers = ["電話", "傳真", "TEL", "FAX", "分機", "專線", "帳號", "帳戶", "金額", "郵遞區號"];

    public string Id => "tw-ubn";

    public string FindingType => FindingTypes.Ubn;

    public DetectorRequirements Requirements => new(Number: new(8, 8), WordInDocument: Context);

    public IEnumerable<Keywords> Keywords => [Context, Labels, OtherNumbers];

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;
        foreach (var match in EightDigits().EnumerateMatches(text))
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            if (!UbnChecksum.IsValid(text.AsSpan(start, match.Length))
                || NumberContext.IsDocumentNumberOrAmount(text, start, end)
                || input.HasBefore(start, OtherNumbers, 8)
                || !input.HasContext(start, match.Length, Context, 40))
            {
                continue;
            }

            // 收文日期 20240101 near a company name: only a 統一編號 label makes a date-shaped number a UBN.
            var labelled = input.HasContext(start, match.Length, Labels, 15);
            if (!labelled && IsDate(text.AsSpan(start, match.Length)))
            {
                continue;
            }

            var value = text.Substring(start, match.Length);
            var confidence = labelled ? 0.95 : 0.85;
            found.Add(new DetectorMatch(start, match.Length, value, string.Concat(value.AsSpan(0, 2), "****", value.AsSpan(6)), confidence));
        }
    }

    private static bool IsDate(ReadOnlySpan<char> digits) =>
        DateOnly.TryParseExact(digits, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1900 and <= 2099;

    // Not part of a longer number, a date (2024/01/15) or a dashed phone number.
    [GeneratedRegex(@"(?<![0-9A-Za-z./,\-])[0-9]{8}(?![0-9A-Za-z]|[./,\-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex EightDigits();
}
