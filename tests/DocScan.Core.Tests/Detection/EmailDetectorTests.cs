using DocScan.Core.Detection.Common;
using DocScan.Core.Rules;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class EmailDetectorTests
{
    private readonly EmailDetector _detector = new(ScanRules.Default);

    [Theory]
    [InlineData("電子郵件：wang.xiaoming@example.com", "wang.xiaoming@example.com", "wang***@example.com")]
    [InlineData("E-mail：chen_mei-ling@mail.example.com.tw。", "chen_mei-ling@mail.example.com.tw", "chen***@mail.example.com.tw")]
    [InlineData("陳情人信箱（ｌｉｎ＠ｅｘａｍｐｌｅ．ｏｒｇ）", "lin@example.org", "l***@example.org")]
    [InlineData("收件者：Pat Lee <pat+tw@example.net>", "pat+tw@example.net", "pat+***@example.net")]
    [InlineData("請回覆至 Wang.Da@Example.COM 謝謝", "wang.da@example.com", "Wang***@example.com")]
    [InlineData("副本：ab@example.co.jp", "ab@example.co.jp", "a***@example.co.jp")]
    public void Finds_addresses(string text, string value, string masked)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(value, match.Value);
        Assert.Equal(masked, match.Masked);
    }

    [Theory]
    [InlineData("請寄至 service@ 信箱")] // incomplete
    [InlineData("帳號 wang@localhost")] // no top-level domain
    [InlineData("網址 @example.com 之討論串")] // no local part
    [InlineData("依個人資料保護法第6條規定辦理")] // no @ at all
    [InlineData("版本 v1.2@3")] // not an address
    [InlineData("user@@example.com")]
    public void Ignores_look_alikes(string text) => Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public void The_agencys_own_domains_are_official_contact_not_findings()
    {
        var detector = new EmailDetector(new ScanRules { Agency = new AgencyRules { Domains = ["taipei.gov.tw"] } });

        Assert.Empty(Detect.With(detector, "承辦人電子郵件：clerk01@mail.taipei.gov.tw"));
        Assert.Single(Detect.With(detector, "陳情人電子郵件：clerk01@example.com"));
    }

    [Fact]
    public void Offsets_cover_the_address_only()
    {
        const string text = "信箱:<wang@example.com>";
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal("wang@example.com", text.Substring(match.Start, match.Length));
    }
}
