using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Policy;
using DocScan.Core.Rules;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class AddressDetectorTests
{
    private readonly AddressDetector _detector = new(ScanRules.Default);

    [Theory]
    [InlineData("住址：臺北市大安區忠孝東路四段100巷5弄3號2樓之1", "臺北市大安區忠孝東路四段100巷5弄3號2樓之1", "臺北市大安區○○路○段○巷○弄○號○樓之○")]
    [InlineData("戶籍地址：台中市西屯區臺灣大道三段99號。", "臺中市西屯區臺灣大道三段99號", "臺中市西屯區○○大道○段○號")]
    [InlineData("送達地址：嘉義縣竹崎鄉內埔村3鄰12號", "嘉義縣竹崎鄉內埔村3鄰12號", "嘉義縣竹崎鄉○○村○鄰○號")]
    [InlineData("陳情人住新北市板橋區文化路一段188巷 3 號", "新北市板橋區文化路一段188巷3號", "新北市板橋區○○路○段○巷○號")]
    [InlineData("設籍臺北市大安區龍泉里12鄰羅斯福路三段1號", "臺北市大安區龍泉里12鄰羅斯福路三段1號", "臺北市大安區○○里○鄰○○路○段○號")]
    [InlineData("通訊地址：屏東縣里港鄉里港路12號", "屏東縣里港鄉里港路12號", "屏東縣里港鄉○○路○號")]
    [InlineData("原住所臺北縣板橋市中山路一段161號", "臺北縣板橋市中山路一段161號", "臺北縣板橋市○○路○段○號")] // before the 2010 merger
    [InlineData("寄送至高雄市苓雅區四維三路２號６樓", "高雄市苓雅區四維三路2號6樓", "高雄市苓雅區○○路○號○樓")]
    [InlineData("當事人住中山路1號", "中山路1號", "○○路○號")]
    [InlineData("居所：臺南市東區大學路1號B1樓", "臺南市東區大學路1號B1樓", "臺南市東區○○路○號○樓")]
    [InlineData("臺南市安平區永華路二段6號B1，電話另附", "臺南市安平區永華路二段6號B1", "臺南市安平區○○路○段○號○樓")]
    [InlineData("戶籍：花蓮縣秀林鄉富世村1鄰富世291號", "花蓮縣秀林鄉富世村1鄰富世291號", "花蓮縣秀林鄉○○村○鄰○○○號")]
    [InlineData("通訊地址：新竹縣竹北市光明六路東一段88巷3號", "新竹縣竹北市光明六路東一段88巷3號", "新竹縣竹北市○○路○段○巷○號")] // a section with a direction
    public void Finds_addresses(string text, string value, string masked)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(value, match.Value);
        Assert.Equal(masked, match.Masked);
    }

    [Theory]
    [InlineData("臺北市政府113年6月25日府授地字第1130123456號函")] // document number
    [InlineData("臺灣臺北地方法院113年度訴字第1234號民事判決")] // case number
    [InlineData("請洽臺北市大安區公所辦理")] // no house number
    [InlineData("坐落臺北市大安區大安段一小段0123-0000地號土地")] // land parcel
    [InlineData("請至本府1樓1號服務窗口辦理")] // a counter
    [InlineData("行經國道1號南下路段")] // a freeway
    [InlineData("依個人資料保護法第6條及臺北郵政第6-16號信箱")] // law and PO box
    [InlineData("陳情人住臺北市大安區")] // district only
    [InlineData("會議地點：臺北市中正區重慶南路一段122號")] // a meeting venue
    [InlineData("本研習假臺中市西屯區臺灣大道三段99號舉行")] // 假…舉行: where an event is held
    [InlineData("開會地點：本局4樓第2會議室（臺中市西屯區臺灣大道三段99號）")] // the room named before the venue's address
    public void Ignores_look_alikes(string text) => Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public void A_venue_label_reaches_no_further_than_its_clause()
    {
        var match = Assert.Single(Detect.With(_detector, "會議地點：本所會議室。陳情人住臺北市大安區忠孝東路四段100號"));
        Assert.Equal("臺北市大安區忠孝東路四段100號", match.Value);
    }

    [Fact]
    public void Confidence_grows_with_the_parts_named()
    {
        var full = Assert.Single(Detect.With(_detector, "臺北市大安區忠孝東路四段100號"));
        var road = Assert.Single(Detect.With(_detector, "住忠孝東路四段100號"));
        Assert.True(full.Confidence > road.Confidence);
    }

    [Fact]
    public void Offsets_cover_the_whole_address()
    {
        const string text = "地址：10617臺北市大安區羅斯福路四段1號，電話另附。";
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal("臺北市大安區羅斯福路四段1號", text.Substring(match.Start, match.Length));
    }

    [Fact]
    public void Finds_every_address_of_a_list()
    {
        var matches = Detect.With(_detector, "王小明 臺北市中正區重慶南路一段122號、李小華 新竹市東區光復路二段101號");
        Assert.Equal(["臺北市中正區重慶南路一段122號", "新竹市東區光復路二段101號"], matches.Select(m => m.Value));
    }

    [Fact]
    public void The_agencys_letterhead_address_is_not_a_finding()
    {
        var detector = new AddressDetector(new ScanRules { Agency = new AgencyRules { Addresses = ["110204 台北市信義區市府路1號"] } });

        Assert.Empty(Detect.With(detector, "地址：110204臺北市信義區市府路1號"));
        Assert.Empty(Detect.With(detector, "會議地點：本府市府路1號3樓301室"));
        Assert.Single(Detect.With(detector, "陳情人地址：臺北市信義區市府路2號"));
    }

    [Fact]
    public async Task A_home_address_in_a_letter_is_redacted()
    {
        var report = await ScanText.Lines("主旨：有關臺端陳情案，復如說明，請查照。", "受文者：王小明君（臺北市大安區忠孝東路四段100號）");

        var finding = Assert.Single(report.Findings, f => f.Type == "address");
        Assert.Equal("臺北市大安區○○路○段○號", finding.Masked);
        Assert.Equal(Verdict.Redact, report.Verdict);
    }
}
