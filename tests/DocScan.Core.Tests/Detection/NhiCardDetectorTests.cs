using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class NhiCardDetectorTests
{
    private readonly NhiCardDetector _detector = new();

    [Theory]
    [InlineData("健保卡號：0000 2345 6789")]
    [InlineData("被保險人健保卡卡號000023456789")]
    [InlineData("全民健康保險憑證卡號：0000-2345-6789")]
    [InlineData("健保IC卡（000023456789）遺失補發")]
    [InlineData("健保卡號：００００２３４５６７８９")]
    [InlineData("被保險人王小明（身分證統一編號F152601819，健保卡號為0000 2345 6789）")]
    [InlineData("健保卡編號：0000 2345 6789")]
    public void Finds_card_numbers_near_the_card(string text)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal("000023456789", match.Value);
        Assert.Equal("********6789", match.Masked);
        Assert.True(match.Confidence >= 0.9);
    }

    [Theory]
    [InlineData("健保卡號：0000 2345 678")] // eleven digits
    [InlineData("衛生福利部中央健康保險署113年6月25日健保醫字第113012345678號函")] // document number
    [InlineData("信用卡號 4111 1111 1111 1111")] // sixteen digits
    [InlineData("補發健保卡工本費新臺幣123456789012元")] // amount
    [InlineData("收據編號 000023456789")] // no card word
    [InlineData("健保卡補發申請書")] // no number
    [InlineData("請洽本署臺北業務組（本案受理編號：113052000123，查詢時請備妥健保卡）")] // the case's number beside the card word
    public void Ignores_look_alikes(string text) => Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public void A_bare_卡號_gives_lower_confidence()
    {
        var match = Assert.Single(Detect.With(_detector, "卡號 000023456789"));
        Assert.True(match.Confidence < 0.9);
    }

    [Fact]
    public void A_column_headed_健保卡號_is_context()
    {
        Assert.Equal("000023456789", Assert.Single(DetectInContext.Cell(_detector, "健保卡號", "0000 2345 6789")).Value);
        Assert.Empty(DetectInContext.Cell(_detector, "收據編號", "0000 2345 6789"));
    }

    [Fact]
    public async Task A_label_on_the_previous_line_counts()
    {
        var report = await ScanText.Lines("一、被保險人資料如下：", "健保卡號", "000023456789");

        var finding = Assert.Single(report.Findings);
        Assert.Equal("nhi-card", finding.Type);
        Assert.Equal("L3", finding.Location.Path);
    }
}
