using DocScan.Core.Extraction;

namespace DocScan.Core.Tests.Extraction.Legacy;

/// <summary>The .xls reader on LibreOffice's conversion of sample-docs/健保承保系統-在保人員查詢結果.xlsx (a hidden sheet, a comment).</summary>
public class ExcelBinaryReaderTests
{
    private const string Query = "健保承保系統-在保人員查詢結果.xls";

    [Fact]
    public async Task Cells_have_sheet_paths_and_positions()
    {
        var result = await ExtractAsync();

        var id = Assert.Single(result.Segments, s => s.Path == "查詢結果!C5");
        Assert.Equal("F152601819", id.Text);
        Assert.Equal(SegmentSources.Sheet, id.Source);
        Assert.Equal(new CellPosition("查詢結果", 4, 2), id.Cell);
        Assert.False(id.Hidden);
        Assert.Equal("身分證統一編號", Assert.Single(result.Segments, s => s.Cell == new CellPosition("查詢結果", 3, 2)).Text);
    }

    [Fact]
    public async Task Hidden_sheet_and_its_cells_are_hidden()
    {
        var result = await ExtractAsync();

        Assert.Contains(result.Segments, s => s.Source == SegmentSources.Sheet && s.Path == "原始資料" && s.Hidden);
        var cell = Assert.Single(result.Segments, s => s.Path == "原始資料!A2");
        Assert.Equal("R246281946", cell.Text);
        Assert.True(cell.Hidden);
    }

    [Fact]
    public async Task Cell_comment_is_hidden_at_its_cell()
    {
        var result = await ExtractAsync();

        var comment = Assert.Single(result.Segments, s => s.Source == SegmentSources.Comment);
        Assert.Equal("查詢結果!B9", comment.Path);
        Assert.Contains("眷屬林秀英（B218190937）", comment.Text, StringComparison.Ordinal);
        Assert.True(comment.Hidden);
    }

    [Fact]
    public async Task Numbers_and_dates_read_as_displayed()
    {
        var result = await ExtractAsync();

        Assert.Equal("45800", Assert.Single(result.Segments, s => s.Path == "查詢結果!F5").Text);
        Assert.Equal("2019/7/1", Assert.Single(result.Segments, s => s.Path == "查詢結果!G5").Text);
    }

    private static Task<ExtractionResult> ExtractAsync() => LegacyFixtures.ExtractAsync(LegacyFixtures.Bytes(Query), Query);
}
