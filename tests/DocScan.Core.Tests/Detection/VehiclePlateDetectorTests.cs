using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class VehiclePlateDetectorTests
{
    private readonly VehiclePlateDetector _detector = new();

    [Theory]
    [InlineData("車牌號碼：ABC-1234", "ABC-1234", "A**-**34")]
    [InlineData("肇事車輛（車號1234-AB）逃逸", "1234-AB", "1***-AB")]
    [InlineData("車號 AB-1234 之車主", "AB-1234", "A*-**34")]
    [InlineData("普通重型機車車牌 KAA-123", "KAA-123", "K**-*23")]
    [InlineData("牌照號碼ABC1234", "ABC-1234", "A**-**34")]
    [InlineData("違規車輛號牌：ＲＡＢ－５６７８", "RAB-5678", "R**-**78")]
    [InlineData("車號 5678-K2 已逾檢驗日期", "5678-K2", "5***-K2")]
    public void Finds_plates_near_vehicle_words(string text, string value, string masked)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(value, match.Value);
        Assert.Equal(masked, match.Masked);
    }

    [Theory]
    [InlineData("車輛管理作業依ISO-9001品質管理系統辦理")] // plates never use I or O
    [InlineData("車輛型號 AB-12345")] // five digits
    [InlineData("道路交通管理處罰條例第35條 ABC-1234")] // no vehicle word
    [InlineData("車輛編號 TW-2024-01")]
    [InlineData("公務車輛保養紀錄表")] // no plate
    [InlineData("車號 ABC-12345-6")]
    public void Ignores_look_alikes(string text) => Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public void A_column_headed_車號_is_context()
    {
        Assert.Equal("ABC-1234", Assert.Single(DetectInContext.Cell(_detector, "車號", "ABC-1234")).Value);
        Assert.Empty(DetectInContext.Cell(_detector, "型號", "ABC-1234"));
    }

    [Fact]
    public async Task A_label_on_the_previous_line_counts()
    {
        var report = await ScanText.Lines("說明：民眾檢舉違規停車，", "車牌號碼", "ABC-1234");

        var finding = Assert.Single(report.Findings);
        Assert.Equal("vehicle-plate", finding.Type);
        Assert.Equal("ABC-1234", finding.Value);
    }
}
