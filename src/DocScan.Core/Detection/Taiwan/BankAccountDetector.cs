using System.Text.RegularExpressions;
using DocScan.Core.Detection.Common;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Bank and post-office accounts (存款帳號): 10 to 16 digits, often dashed (0001234-0123456 for a
/// post-office passbook). Banks publish no common checksum, so an account word must be near, and a
/// number written like a phone number next to a phone word stays a phone number.
/// </summary>
internal sealed partial class BankAccountDetector : IDetector
{
    private static readonly Keywords Context = ["帳號", "帳戶", "銀行", "郵局", "存簿", "存摺", "劃撥", "匯款"];

    private static readonly Keywords Strong = ["帳號", "帳戶", "存簿", "存摺", "劃撥"];

    private static readonly Keywords PhoneWords = ["電話", "手機", "TEL", "傳真", "FAX", "聯絡"];

    private static readonly Keywords CardWords = ["信用卡", "卡號", "健保"];

    public string Id => "tw-bank-account";

    public string FindingType => FindingTypes.BankAccount;

    public DetectorRequirements Requirements => new(MinDigits: 10, Number: new(10, 16, "-"), WordInDocument: Context);

    public IEnumerable<Keywords> Keywords => [Context, Strong, PhoneWords, CardWords];

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;
        // The pattern allows 16 digits at most; a string is made of them only for an account kept.
        Span<char> buffer = stackalloc char[16];
        foreach (var match in Candidate().EnumerateMatches(text))
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            var value = NumberContext.Digits(text.AsSpan(start, match.Length), buffer);
            if (value.Length is < 10 or > 16
                || NumberContext.IsDocumentNumberOrAmount(text, start, end)
                || input.HasBefore(start, CardWords, 12)
                || !input.HasContext(start, match.Length, Context, 30)
                || IsPhone(input, start, match.Length, value))
            {
                continue;
            }

            var confidence = input.HasContext(start, match.Length, Strong, 20) ? 0.9 : 0.75;
            found.Add(new DetectorMatch(start, match.Length, value.ToString(), string.Concat(new string('*', value.Length - 4), value[^4..]), confidence));
        }
    }

    // A number the numbering plan knows is a phone number when written with its area code split off
    // (02-27208889, 0912-345678) or near a phone word.
    private static bool IsPhone(DetectionInput input, int start, int length, ReadOnlySpan<char> digits)
    {
        var (kind, areaLength) = TaiwanPhoneNumber.Classify(digits);
        var dash = input.Text.AsSpan(start, length).IndexOf('-');
        return kind != TaiwanPhoneNumber.Kind.None
            && (dash == areaLength || (kind == TaiwanPhoneNumber.Kind.Mobile && dash == 4) || input.HasContext(start, length, PhoneWords, 15));
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z\-])[0-9](?:-?[0-9]){9,15}(?![0-9A-Za-z]|-[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
