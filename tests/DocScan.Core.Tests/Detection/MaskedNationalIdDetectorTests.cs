using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class MaskedNationalIdDetectorTests
{
    private readonly MaskedNationalIdDetector _detector = new();

    [Theory]
    [InlineData("所有權人：王○明　統一編號：F15****819", "F15****819")]
    [InlineData("統一編號 A1234*****", "A1234*****")]
    [InlineData("統一編號 Ａ１２＊＊＊＊７８９", "A12****789")]
    [InlineData("身分證 H25XXXX019", "H25XXXX019")]
    public void Finds_masked_ids_as_printed(string text, string masked)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(masked, match.Masked);
    }

    [Theory]
    [InlineData("身分證統一編號 F152601819")] // not masked: the national-id detector's job
    [InlineData("密碼欄位 A*********")] // no digits left to identify anyone by shape
    [InlineData("評分 A1*2345678")] // a single star is not a masking convention
    public void Ignores_what_is_not_a_masked_id(string text) => Assert.Empty(Detect.With(_detector, text));
}
