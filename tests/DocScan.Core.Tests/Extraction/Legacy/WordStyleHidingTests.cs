using DocScan.Core.Extraction;

namespace DocScan.Core.Tests.Extraction.Legacy;

/// <summary>
/// Hidden text that a .doc hides through a style rather than the run's own formatting:
/// 陳情案處理簽.doc is Fixtures/legacy/陳情案處理簽.fodt converted by LibreOffice, with a character
/// style 「內部註記」 and a paragraph style 「承辦備忘」 that both hide their text.
/// </summary>
public class WordStyleHidingTests
{
    private const string Memo = "陳情案處理簽.doc";

    [Fact]
    public async Task Text_in_a_hiding_character_style_is_hidden()
    {
        var result = await ExtractAsync();

        var hidden = Assert.Single(result.Segments, s => s.Text.Contains("F128037449", StringComparison.Ordinal));
        Assert.Equal("陳建宏（身分證F128037449）", hidden.Text);
        Assert.Equal(SegmentSources.HiddenText, hidden.Source);
        Assert.True(hidden.Hidden);
        Assert.Contains(result.Segments, s => s.Text == "說明：陳情人" && !s.Hidden);
    }

    [Fact]
    public async Task Paragraph_in_a_hiding_paragraph_style_is_hidden()
    {
        var result = await ExtractAsync();

        var memo = Assert.Single(result.Segments, s => s.Text.Contains("0928123456", StringComparison.Ordinal));
        Assert.Equal(SegmentSources.HiddenText, memo.Source);
        Assert.True(memo.Hidden);
        Assert.False(Assert.Single(result.Segments, s => s.Text.StartsWith("擬辦：", StringComparison.Ordinal)).Hidden);
    }

    private static Task<ExtractionResult> ExtractAsync() => LegacyFixtures.ExtractAsync(LegacyFixtures.Bytes(Memo), Memo);
}
