using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class NationalIdDetectorTests
{
    private readonly NationalIdDetector _detector = new();

    [Theory]
    [InlineData("申請人王小明，身分證統一編號：F152601819，住臺北市。")]
    [InlineData("身分證字號 F 152 601 819（影本如附）")]
    [InlineData("國民身分證統一編號：Ｆ１５２６０１８１９")]
    [InlineData("當事人（f152601819）到場說明")]
    [InlineData("F152601819")]
    public void Finds_a_national_id_in_official_wording(string text)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal("F152601819", match.Value);
        Assert.Equal("F15****819", match.Masked);
    }

    [Theory]
    [InlineData("發文字號：府授民字第1130012345號")] // document number: digits only
    [InlineData("電子發票號碼 AB-12345678")] // e-invoice
    [InlineData("身分證統一編號：F152601818")] // fails the check digit
    [InlineData("產品型號 XF152601819B")] // embedded in a longer code
    [InlineData("案號 F1526018190")] // eleven characters
    [InlineData("已遮蔽：F15****819")]
    public void Ignores_look_alikes(string text) => Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public void Context_words_raise_confidence()
    {
        var bare = Assert.Single(Detect.With(_detector, "編碼 F152601819"));
        var labelled = Assert.Single(Detect.With(_detector, "身分證統一編號 F152601819"));
        Assert.True(labelled.Confidence > bare.Confidence);
    }

    [Fact]
    public void Offsets_cover_the_whole_spaced_id()
    {
        const string text = "編號：F 152 601 819。";
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal("F 152 601 819", text.Substring(match.Start, match.Length));
    }

    [Fact]
    public void Finds_every_id_in_a_long_table_row()
    {
        var random = new Random(3);
        var ids = Enumerable.Range(0, 50).Select(_ => IdFactory.NationalId(random)).ToList();
        var row = string.Join("\t", ids.Select((id, i) => $"第{i + 1}列 {id} 臺北市"));
        Assert.Equal(ids, Detect.With(_detector, row).Select(m => m.Value));
    }
}
