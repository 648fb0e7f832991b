using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Policy;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class UbnDetectorTests
{
    private readonly UbnDetector _detector = new();

    [Theory]
    [InlineData("立約商：大華科技股份有限公司（統一編號：62527601）", "62527601")]
    [InlineData("廠商名稱：明德營造有限公司，統編 88539336", "88539336")]
    [InlineData("營利事業統一編號：96245957", "96245957")] // divisible by 5 only: numbers issued since 2023
    [InlineData("受文者：宏遠資訊股份有限公司 統一編號33401878", "33401878")] // seventh digit 7
    [InlineData("扣繳單位統一編號 11777741（代扣繳義務人）", "11777741")]
    [InlineData("得標廠商：永豐實業有限公司 統一編號：６３７２６５１６", "63726516")]
    [InlineData("本公司（63304348）依約提出請款", "63304348")]
    public void Finds_company_numbers_near_company_words(string text, string expected)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(expected, match.Value);
        Assert.Equal(expected[..2] + "****" + expected[6..], match.Masked);
    }

    [Theory]
    [InlineData("統一編號：62527602")] // fails the checksum
    [InlineData("臺北市政府府授地字第62527601號函，請貴公司查照")] // document number
    [InlineData("公司電話：62527601")] // a Taipei line without its area code
    [InlineData("契約金額新臺幣62527601元整，由得標公司請領")] // amount
    [InlineData("收文日期：20240101，貴公司來函已悉")] // date-shaped, no 統一編號 label
    [InlineData("檔案編號 62527601，保存年限10年")] // no company word
    [InlineData("公司登記字號 162527601")] // nine digits
    [InlineData("貴公司113/06/25函及2024-06-25來文")] // dates
    public void Ignores_look_alikes(string text) => Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public void A_label_raises_confidence_over_a_bare_company_word()
    {
        var labelled = Assert.Single(Detect.With(_detector, "統一編號：62527601"));
        var nearby = Assert.Single(Detect.With(_detector, "本公司（62527601）"));
        Assert.True(labelled.Confidence > nearby.Confidence);
    }

    [Fact]
    public void A_column_headed_統一編號_is_context()
    {
        Assert.Equal("62527601", Assert.Single(DetectInContext.Cell(_detector, "統一編號", "62527601")).Value);
        Assert.Empty(DetectInContext.Cell(_detector, "收據號碼", "62527601"));
    }

    [Theory]
    [InlineData("62527601", true)]
    [InlineData("96245957", true)]
    [InlineData("33401878", true)]
    [InlineData("10735873", true)]
    [InlineData("04595257", true)]
    [InlineData("52601815", false)]
    [InlineData("90830166", false)]
    [InlineData("6252760", false)]
    [InlineData("6252760A", false)]
    public void Checksum_follows_the_2023_rule(string number, bool valid) => Assert.Equal(valid, UbnChecksum.IsValid(number));

    [Fact]
    public async Task A_label_on_the_previous_line_counts_and_the_finding_is_informational()
    {
        var report = await ScanText.Lines(
            "主旨：檢送本府與下列廠商簽訂之契約書影本，請查照。",
            "立約商統一編號：",
            "62527601");

        var finding = Assert.Single(report.Findings);
        Assert.Equal("ubn", finding.Type);
        Assert.Equal("62527601", finding.Value);
        Assert.Equal(Verdict.Release, report.Verdict);
    }
}
