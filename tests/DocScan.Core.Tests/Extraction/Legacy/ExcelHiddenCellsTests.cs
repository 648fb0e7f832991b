using DocScan.Core.Extraction;

namespace DocScan.Core.Tests.Extraction.Legacy;

/// <summary>
/// Hidden rows, hidden columns and formula literals of a .xls: 急難救助核發清冊.xls is
/// Fixtures/legacy/急難救助核發清冊.fods converted by LibreOffice (column D of ID numbers hidden, row 4
/// hidden, F3 a formula whose unused branch names the clerk and her phone, E5 a formula on numbers).
/// </summary>
public class ExcelHiddenCellsTests
{
    private const string Register = "急難救助核發清冊.xls";

    [Fact]
    public async Task Cells_of_a_hidden_row_are_hidden()
    {
        var result = await ExtractAsync();

        Assert.True(Assert.Single(result.Segments, s => s.Path == "核發清冊!B4").Hidden);
        Assert.Equal("楊志偉", Assert.Single(result.Segments, s => s.Path == "核發清冊!B4").Text);
        Assert.False(Assert.Single(result.Segments, s => s.Path == "核發清冊!B3").Hidden);
        Assert.False(Assert.Single(result.Segments, s => s.Path == "核發清冊!B5").Hidden);
    }

    [Fact]
    public async Task Cells_of_a_hidden_column_are_hidden()
    {
        var result = await ExtractAsync();

        var id = Assert.Single(result.Segments, s => s.Path == "核發清冊!D3");
        Assert.Equal("E221458361", id.Text);
        Assert.True(id.Hidden);
        Assert.Equal(new CellPosition("核發清冊", 2, 3), id.Cell);
        Assert.False(Assert.Single(result.Segments, s => s.Path == "核發清冊!C3").Hidden);
        Assert.False(Assert.Single(result.Segments, s => s.Path == "核發清冊!E3" && s.Source == SegmentSources.Sheet).Hidden);
    }

    [Fact]
    public async Task Formula_shows_its_cached_value_and_its_string_literals_are_hidden_text()
    {
        var result = await ExtractAsync();

        // LibreOffice writes no cached result for a formula that yields text (no STRING record), only for numbers.
        var cached = Assert.Single(result.Segments, s => s.Path == "核發清冊!E5" && s.Source == SegmentSources.Sheet);
        Assert.Equal("8000", cached.Text);
        Assert.False(cached.Hidden);
        var literal = Assert.Single(result.Segments, s => s.Text.Contains("0937281456", StringComparison.Ordinal));
        Assert.Equal("承辦人：張雅琪 0937281456", literal.Text);
        Assert.Equal("核發清冊!F3", literal.Path);
        Assert.Equal(SegmentSources.HiddenText, literal.Source);
        Assert.True(literal.Hidden);
        Assert.Contains(result.Segments, s => s.Path == "核發清冊!F3" && s.Text == "社會課" && s.Hidden);
        Assert.Empty(result.Problems);
    }

    private static Task<ExtractionResult> ExtractAsync() => LegacyFixtures.ExtractAsync(LegacyFixtures.Bytes(Register), Register);
}
