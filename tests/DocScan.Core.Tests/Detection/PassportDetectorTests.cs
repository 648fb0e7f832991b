using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class PassportDetectorTests
{
    private readonly PassportDetector _detector = new();

    [Theory]
    [InlineData("護照號碼：312345678", "312345678", "31*****78")]
    [InlineData("外籍人士 John Smith（護照號碼 123456789）", "123456789", "12*****89")]
    [InlineData("大陸地區人民護照號碼 E12345678", "E12345678", "E1*****78")]
    [InlineData("Passport No.: TK1234567", "TK1234567", "TK*****67")]
    [InlineData("移工護照號碼：Ｐ１２３４５６７Ａ", "P1234567A", "P1*****7A")]
    [InlineData("護照號碼 M12345678，有效期限2030年1月1日", "M12345678", "M1*****78")]
    public void Finds_passport_numbers_named_as_such(string text, string value, string masked)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(value, match.Value);
        Assert.Equal(masked, match.Masked);
    }

    [Theory]
    [InlineData("依護照條例第12條規定辦理")]
    [InlineData("外交部領事事務局113年6月25日領二字第113501234號函（護照）")] // document number
    [InlineData("護照號碼：012345678")] // Taiwan passports do not start with 0
    [InlineData("申請人身分證統一編號F152601819，另附護照影本")] // a national ID
    [InlineData("護照或居留證號：AC76018957")] // an old-format resident certificate
    [InlineData("訂單編號 312345678")] // no passport word
    [InlineData("護照規費新臺幣312345678元")] // amount
    [InlineData("罰單編號：A12345678；護照遺失應向外交部申報")] // 護照 after the number does not label it
    public void Ignores_look_alikes(string text) => Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public void A_biometric_taiwan_passport_is_more_certain_than_other_digits()
    {
        var biometric = Assert.Single(Detect.With(_detector, "護照號碼：312345678"));
        var other = Assert.Single(Detect.With(_detector, "護照號碼：212345678"));
        Assert.True(biometric.Confidence > other.Confidence);
    }

    [Fact]
    public void A_column_headed_護照號碼_is_context()
    {
        Assert.Equal("AB1234567", Assert.Single(DetectInContext.Cell(_detector, "護照號碼", "AB1234567")).Value);
        Assert.Empty(DetectInContext.Cell(_detector, "型號", "AB1234567"));
    }

    [Fact]
    public async Task A_label_on_the_previous_line_counts()
    {
        var report = await ScanText.Lines("說明：外籍勞工資料", "護照號碼：", "E12345678");

        var finding = Assert.Single(report.Findings);
        Assert.Equal("passport", finding.Type);
        Assert.Equal("E12345678", finding.Value);
    }
}
