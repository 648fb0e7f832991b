using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class BuildingNumberDetectorTests
{
    private readonly BuildingNumberDetector _detector = new();

    [Theory]
    [InlineData("大安區大安段一小段01234-000建號", "大安段一小段01234-000建號", "大安段一小段01234-***建號")]
    [InlineData("建物登記第二類謄本　大安段一小段 01234-000建號", "大安段一小段01234-000建號", "大安段一小段01234-***建號")]
    [InlineData("建　　號：01234-000", "01234-000建號", "01234-***建號")]
    [InlineData("建號 01234-000 （門牌：臺北市大安區○○路○段○號）", "01234-000建號", "01234-***建號")]
    [InlineData("信義段三小段1234建號", "信義段三小段1234建號", "信義段三小段12**建號")]
    public void Finds_a_building_number_as_land_offices_print_it(string text, string value, string masked)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(value, match.Value);
        Assert.Equal(masked, match.Masked);
    }

    [Fact]
    public void Finds_bare_numbers_in_a_column_headed_building_number()
    {
        var table = SegmentDetect.Table("建物", ["建號", "建物門牌", "總面積"], ["01234-000", "大安區○○路○段○號", "98.76"]);
        Assert.Equal("01234-000建號", Assert.Single(SegmentDetect.Run(_detector, table)).Value);
    }

    [Theory]
    [InlineData("建造執照：113建字第0123號")]
    [InlineData("發文字號：府都建字第11300123456號")]
    [InlineData("建物登記第二類謄本（建號全部）")]
    [InlineData("地號：0123-0000")] // a land parcel
    [InlineData("建號")]
    [InlineData("依建築法第25條規定，未領建造執照不得擅自建造。")]
    public void Ignores_look_alikes(string text) => Assert.Empty(Detect.With(_detector, text));
}
