using DocScan.Core.Detection.Common;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class CreditCardDetectorTests
{
    private readonly CreditCardDetector _detector = new();

    [Theory]
    [InlineData("信用卡號：4111 1111 1111 1111", "4111111111111111", "4111********1111")]
    [InlineData("卡號 5555-5555-5555-4444，有效期限 12/27", "5555555555554444", "5555********4444")]
    [InlineData("美國運通卡 3782 822463 10005", "378282246310005", "3782*******0005")]
    [InlineData("JCB卡號3530111333300000", "3530111333300000", "3530********0000")]
    [InlineData("以 6011111111111117 刷卡繳納", "6011111111111117", "6011********1117")]
    [InlineData("銀聯卡 6200000000000005", "6200000000000005", "6200********0005")]
    [InlineData("簽帳卡號２２２３００３１２２００３２２２", "2223003122003222", "2223********3222")]
    public void Finds_card_numbers(string text, string value, string masked)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(value, match.Value);
        Assert.Equal(masked, match.Masked);
    }

    [Theory]
    [InlineData("信用卡號：4111 1111 1111 1112")] // fails Luhn
    [InlineData("交易序號 1234567890123452")] // passes Luhn, no card issuer starts with 1
    [InlineData("交易序號 9999999999999995")]
    [InlineData("府授地字第4111111111111111號")] // document number
    [InlineData("總價新臺幣4111111111111111元")] // amount
    [InlineData("卡號 4111 11111 1111 1111")] // not a card's grouping
    [InlineData("信用卡號 4111 1111 1111")] // twelve digits
    public void Ignores_look_alikes(string text) => Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public void Card_words_raise_confidence()
    {
        var bare = Assert.Single(Detect.With(_detector, "編碼 4111111111111111"));
        var named = Assert.Single(Detect.With(_detector, "信用卡號 4111111111111111"));
        Assert.True(named.Confidence > bare.Confidence);
    }

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("378282246310005", true)]
    [InlineData("4111111111111112", false)]
    [InlineData("79927398713", true)]
    [InlineData("79927398710", false)]
    public void Luhn(string digits, bool valid) => Assert.Equal(valid, CreditCardDetector.PassesLuhn(digits));
}
