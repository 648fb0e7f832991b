using DocScan.Core.Extraction;

namespace DocScan.Core.Tests.Extraction.Legacy;

/// <summary>The .ppt reader on LibreOffice's conversion of sample-docs/業務簡報-個資保護稽核.pptx (3 slides, speaker notes on slide 2).</summary>
public class PowerPointReaderTests
{
    private const string Briefing = "業務簡報-個資保護稽核.ppt";

    [Fact]
    public async Task Slide_text_carries_its_slide_number()
    {
        var result = await ExtractAsync();

        var title = Assert.Single(result.Segments, s => s.Text == "個人資料保護稽核業務簡報" && s.Source == SegmentSources.Slide);
        Assert.Equal(1, title.Page);
        Assert.False(title.Hidden);
        Assert.Equal(3, Assert.Single(result.Segments, s => s.Text == "113年第1季稽核統計").Page);
        Assert.Equal(3, Assert.Single(result.Segments, s => s.Text == "臺北業務組").Page);
    }

    [Fact]
    public async Task Speaker_notes_are_hidden_on_their_slide()
    {
        var result = await ExtractAsync();

        var note = Assert.Single(result.Segments, s => s.Text.Contains("K182199353", StringComparison.Ordinal));
        Assert.Equal(SegmentSources.Notes, note.Source);
        Assert.True(note.Hidden);
        Assert.Equal(2, note.Page);
    }

    [Fact]
    public async Task Table_cells_on_a_slide_keep_their_row_and_column()
    {
        var result = await ExtractAsync();

        var unit = Assert.Single(result.Segments, s => s.Text == "臺北業務組");
        Assert.Equal(SegmentSources.Table, unit.Source);
        Assert.Equal(3, unit.Page);
        Assert.Equal(new CellPosition("PowerPoint Document#slide3#table1", 3, 0), unit.Cell);
        var header = Assert.Single(result.Segments, s => s.Text == "異常筆數");
        Assert.Equal(new CellPosition("PowerPoint Document#slide3#table1", 0, 3), header.Cell);
        Assert.Equal(new CellPosition("PowerPoint Document#slide3#table1", 4, 2), Assert.Single(result.Segments, s => s.Text == "2,250").Cell);
        Assert.Null(Assert.Single(result.Segments, s => s.Text == "113年第1季稽核統計").Cell);
    }

    private static Task<ExtractionResult> ExtractAsync() => LegacyFixtures.ExtractAsync(LegacyFixtures.Bytes(Briefing), Briefing);
}
