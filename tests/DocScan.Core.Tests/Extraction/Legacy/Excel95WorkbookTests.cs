using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Extraction.Legacy;

/// <summary>
/// Excel 5.0/95 workbooks (BIFF5) as old 戶政 and 社福 systems exported them: Big5 text (code page 950),
/// a hidden sheet, a hidden row and a cell comment.
/// </summary>
public class Excel95WorkbookTests
{
    private const string Name = "低收入戶複查名冊.xls";

    private static byte[] Workbook() => new Biff5Workbook(950)
        .AddSheet("複查名冊", hidden: false,
        [
            (0, 0, "臺南市東區區公所 低收入戶複查名冊"),
            (1, 0, "姓名"), (1, 1, "身分證統一編號"), (1, 2, "戶內人口"),
            (2, 0, "王淑惠"), (2, 1, "R221974128"), (2, 2, 3),
            (3, 0, "陳俊宏"), (3, 1, "D121592285"), (3, 2, 2),
        ], hiddenRows: [3], note: (2, 0, "案主配偶吳志明已於112年遷出"))
        .AddSheet("承辦備查", hidden: true, [(0, 0, "承辦人：許雅雯 分機2314")])
        .Build();

    [Fact]
    public async Task Big5_cells_are_read_with_their_positions()
    {
        var result = await ExtractAsync(Workbook());

        Assert.DoesNotContain(result.Problems, p => p.Code == ProblemCodes.Unsupported);
        var id = Assert.Single(result.Segments, s => s.Path == "複查名冊!B3");
        Assert.Equal("R221974128", id.Text);
        Assert.Equal(new CellPosition("複查名冊", 2, 1), id.Cell);
        Assert.Equal("王淑惠", Assert.Single(result.Segments, s => s.Path == "複查名冊!A3" && s.Source == SegmentSources.Sheet).Text);
        Assert.Equal("臺南市東區區公所 低收入戶複查名冊", Assert.Single(result.Segments, s => s.Path == "複查名冊!A1").Text);
        Assert.Equal("3", Assert.Single(result.Segments, s => s.Path == "複查名冊!C3").Text);
        Assert.DoesNotContain(result.Segments, s => s.Text.Contains('\uFFFD') || s.Text.Contains('?'));
    }

    [Fact]
    public async Task Hidden_sheet_and_hidden_row_are_hidden()
    {
        var result = await ExtractAsync(Workbook());

        Assert.True(Assert.Single(result.Segments, s => s.Path == "承辦備查!A1").Hidden);
        Assert.True(Assert.Single(result.Segments, s => s.Path == "複查名冊!B4").Hidden);
        Assert.False(Assert.Single(result.Segments, s => s.Path == "複查名冊!B3").Hidden);
    }

    [Fact]
    public async Task Cell_comment_is_hidden_at_its_cell()
    {
        var result = await ExtractAsync(Workbook());

        var comment = Assert.Single(result.Segments, s => s.Source == SegmentSources.Comment);
        Assert.Equal("案主配偶吳志明已於112年遷出", comment.Text);
        Assert.Equal("複查名冊!A3", comment.Path);
        Assert.True(comment.Hidden);
    }

    [Fact]
    public async Task Excel_95_roster_is_not_released()
    {
        var report = await new DocumentScanner().ReportAsync(Workbook(), Name);

        Assert.NotEqual(Verdict.Release, report.Verdict);
        Assert.Contains(report.Findings, f => f.Type == "national-id" && f.Location.Path == "複查名冊!B3");
        Assert.Contains(report.Findings, f => f.Hidden && f.Location.Path == "複查名冊!B4");
    }

    private static Task<ExtractionResult> ExtractAsync(byte[] content) => LegacyFixtures.ExtractAsync(content, Name);
}
