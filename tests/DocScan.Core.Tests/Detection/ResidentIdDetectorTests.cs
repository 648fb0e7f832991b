using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class ResidentIdDetectorTests
{
    private readonly ResidentIdDetector _detector = new();

    [Theory]
    [InlineData("外籍移工 NGUYEN VAN AN，居留證統一證號 A878657972", "A878657972")]
    [InlineData("統一證號：F954323190", "F954323190")]
    [InlineData("舊式居留證號 AC76018957（已換發）", "AC76018957")]
    [InlineData("居留證號ＦＤ５５９７９７１０", "FD55979710")]
    public void Finds_both_formats(string text, string value)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(value, match.Value);
    }

    [Theory]
    [InlineData("身分證統一編號 F152601819")] // a national ID is not a resident number
    [InlineData("電子發票 AC76018957")] // same shape as the old format, but an invoice
    [InlineData("居留證統一證號 A878657973")] // wrong check digit
    [InlineData("AE12345678")]
    public void Ignores_look_alikes(string text) => Assert.Empty(Detect.With(_detector, text));
}
