using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class BankAccountDetectorTests
{
    private readonly BankAccountDetector _detector = new();

    [Theory]
    [InlineData("撥款帳戶：臺灣銀行 帳號 123456789012", "123456789012", "********9012")]
    [InlineData("郵局存簿帳號：0001234-0123456", "00012340123456", "**********3456")]
    [InlineData("退款匯入帳號 1234-567-890123", "1234567890123", "*********0123")]
    [InlineData("請將款項匯至本人存摺帳號00312345678901", "00312345678901", "**********8901")]
    [InlineData("受款人帳號：0912345678", "0912345678", "******5678")] // starts like a mobile, but no phone word
    [InlineData("劃撥帳號：１２３４５６７８９０１２", "123456789012", "********9012")]
    public void Finds_accounts_named_as_such(string text, string value, string masked)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(value, match.Value);
        Assert.Equal(masked, match.Masked);
    }

    [Theory]
    [InlineData("銀行客服電話 02-27208889")] // a phone number written as one
    [InlineData("帳戶聯絡電話 0912345678")] // a mobile next to a phone word
    [InlineData("帳號 123456789")] // nine digits
    [InlineData("臺灣銀行113年6月25日銀存字第1130001234號函")] // document number
    [InlineData("存款金額新臺幣1234567890元")] // amount
    [InlineData("帳戶綁定之信用卡號 4111-1111-1111-1111")] // a card
    [InlineData("收據號碼 123456789012")] // no account word
    public void Ignores_look_alikes(string text) => Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public void A_bank_name_alone_gives_lower_confidence_than_帳號()
    {
        var bank = Assert.Single(Detect.With(_detector, "臺灣銀行 123456789012"));
        var account = Assert.Single(Detect.With(_detector, "帳號 123456789012"));
        Assert.True(account.Confidence > bank.Confidence);
    }

    [Fact]
    public async Task A_label_on_the_previous_line_counts()
    {
        var report = await ScanText.Lines("三、補助款請撥入申請人帳戶：", "戶名：王小明", "12345678901234");

        // 戶名：王小明 is a person-name finding of its own.
        var finding = Assert.Single(report.Findings, f => f.Type == "bank-account");
        Assert.Equal("12345678901234", finding.Value);
    }
}
