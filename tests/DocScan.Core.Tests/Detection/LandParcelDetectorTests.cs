using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class LandParcelDetectorTests
{
    private readonly LandParcelDetector _detector = new();

    [Theory]
    [InlineData("臺北市大安區大安段一小段0123-0000地號", "大安段一小段0123-0000地號", "大安段一小段0123-****地號")]
    [InlineData("土地坐落：臺北市信義區信義段三小段 0456-0001地號，面積123.45平方公尺。", "信義段三小段0456-0001地號", "信義段三小段0456-****地號")]
    [InlineData("○○市○○區○○段○○小段0123-0000地號土地", "○○段○○小段0123-0000地號", "○○段○○小段0123-****地號")]
    [InlineData("同段124-3地號", "同段124-3地號", "同段124-*地號")]
    [InlineData("地　　號：0123-0000", "0123-0000地號", "0123-****地號")]
    [InlineData("地號：0123-0000　面積：＊＊＊＊123.45平方公尺", "0123-0000地號", "0123-****地號")]
    [InlineData("建物坐落地號：龍泉段二小段　0123-0000", "龍泉段二小段0123-0000地號", "龍泉段二小段0123-****地號")] // a building transcript's field
    [InlineData("本案徵收新店區中正段1234地號土地", "中正段1234地號", "中正段12**地號")]
    [InlineData("地籍圖謄本：大安段 一小段 0123-0000 地號", "大安段一小段0123-0000地號", "大安段一小段0123-****地號")]
    public void Finds_a_parcel_as_land_offices_print_it(string text, string value, string masked)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(value, match.Value);
        Assert.Equal(masked, match.Masked);
    }

    [Fact]
    public void Takes_a_list_of_parcels_sharing_one_label_as_one_finding()
    {
        const string text = "坐落本市士林區芝山段二小段 123、124及125-1地號等3筆土地";
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal("芝山段二小段123、124及125-1地號", match.Value);
        Assert.Equal("芝山段二小段 123、124及125-1地號", text.Substring(match.Start, match.Length));
    }

    [Fact]
    public void Finds_every_parcel_of_a_paragraph()
    {
        var matches = Detect.With(_detector, "大安段一小段0123-0000地號及同小段0124-0000地號，另和平段五小段88地號。");
        Assert.Equal(3, matches.Count);
    }

    [Fact]
    public void Finds_bare_numbers_in_a_transcript_column_headed_land_number()
    {
        var table = SegmentDetect.Table("謄本",
            ["鄉鎮市區", "段小段", "地號", "面積(平方公尺)", "所有權人"],
            ["大安區", "大安段一小段", "0123-0000", "123.45", "王○明"],
            ["大安區", "大安段一小段", "0124-0000", "56.78", "林○○"]);
        var findings = SegmentDetect.Run(_detector, table);
        Assert.Equal(["0123-0000地號", "0124-0000地號"], findings.Select(f => f.Value));
    }

    [Theory]
    [InlineData("發文字號：府授地字第1130123456號")]
    [InlineData("土地登記第二類謄本（地號全部）")]
    [InlineData("臺北市大安區大安段一小段")]
    [InlineData("依土地法第46條之2規定辦理地籍圖重測，地號將予變更。")]
    [InlineData("臺灣士林地方法院107年度審簡字第78號判決")]
    [InlineData("大安段一小段01234-000建號")] // a building number
    [InlineData("面積：123.45平方公尺，公告土地現值每平方公尺新臺幣152,000元")]
    public void Ignores_look_alikes(string text) => Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public void Numbers_outside_a_land_number_column_are_not_parcels()
    {
        var table = SegmentDetect.Table("t", ["案號", "面積"], ["0123-0000", "123"]);
        Assert.Empty(SegmentDetect.Run(_detector, table));
    }
}
