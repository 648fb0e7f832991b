using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Policy;
using DocScan.Core.Rules;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class PhoneDetectorTests
{
    private readonly PhoneDetector _detector = new(ScanRules.Default);

    [Theory]
    [InlineData("聯絡電話：0912-345-678", "0912345678", "0912-***-678", "0912-345-678")]
    [InlineData("陳情人手機0912345678，請回電", "0912345678", "0912-***-678", "0912345678")]
    [InlineData("行動電話 +886-912-345-678", "0912345678", "0912-***-678", "+886-912-345-678")]
    [InlineData("電話：(02)2720-8889 分機 1234", "0227208889", "02-*****889", "(02)2720-8889 分機 1234")]
    [InlineData("住家電話 02-27208889#305", "0227208889", "02-*****889", "02-27208889#305")]
    [InlineData("苗栗縣服務站(037)323456", "037323456", "037-***456", "(037)323456")]
    [InlineData("南投聯絡處 049-2345678", "0492345678", "049-****678", "049-2345678")]
    [InlineData("TEL: 04-2345-6789 ext. 21", "0423456789", "04-*****789", "04-2345-6789 ext. 21")]
    [InlineData("申請人電話：０９１２－３４５－６７８", "0912345678", "0912-***-678", "0912-345-678")]
    [InlineData("傳真：+886 2 2720 8889", "0227208889", "02-*****889", "+886 2 2720 8889")]
    public void Finds_mobile_and_landline_numbers(string text, string value, string masked, string normalizedSpan)
    {
        var normalized = DocScan.Core.Normalization.TextNormalizer.Normalize(text).Text;
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(value, match.Value);
        Assert.Equal(masked, match.Masked);
        Assert.Equal(normalizedSpan, normalized.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("發文字號：府授地字第0912345678號")] // document number
    [InlineData("臺灣臺北地方檢察署113年度偵字第091234567號")] // case number
    [InlineData("會議時間：113年09月12日（星期四）下午2時")] // date
    [InlineData("存款帳號：0912345678901")] // thirteen digits: an account, not a phone
    [InlineData("案號 0912345678")] // a file number that starts with 09
    [InlineData("檔號：0227208889")] // landline-shaped digits with no phone word
    [InlineData("發文日期：2024-09-12，版本 02-2024")] // dates and versions
    [InlineData("補助金額新臺幣0912345678元")] // amount
    [InlineData("聯絡電話：(02)1234-5678")] // subscriber numbers never start with 1
    public void Ignores_look_alikes(string text) => Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public void A_bare_landline_counts_only_with_a_phone_word()
    {
        Assert.Equal("0227208889", Assert.Single(Detect.With(_detector, "市話0227208889")).Value);
        Assert.Empty(Detect.With(_detector, "流水號0227208889"));
    }

    [Fact]
    public void Toll_free_service_lines_are_reported_with_low_confidence()
    {
        var match = Assert.Single(Detect.With(_detector, "免付費專線0800-123-456"));
        Assert.Equal("0800123456", match.Value);
        Assert.Equal("0800-***-456", match.Masked);
        Assert.True(match.Confidence < 0.7);
    }

    [Fact]
    public void The_agencys_letterhead_numbers_are_not_findings()
    {
        var rules = new ScanRules { Agency = new AgencyRules { Phones = ["(02)2720-8888", "+886-2-2720-6528"] } };
        var detector = new PhoneDetector(rules);

        Assert.Empty(Detect.With(detector, "電話：02-2720-8888 分機 2345　傳真：(02)2720-6528"));
        Assert.Equal("0227208889", Assert.Single(Detect.With(detector, "陳情人電話：02-2720-8889")).Value);
    }

    [Fact]
    public async Task A_mobile_in_a_letter_is_redacted()
    {
        var report = await ScanText.Lines("說明：", "一、陳情人王小明，聯絡電話0912-345-678。");

        var finding = Assert.Single(report.Findings, f => f.Type == "phone");
        Assert.Equal("0912345678", finding.Value);
        Assert.Equal(Verdict.Redact, report.Verdict);
    }
}
