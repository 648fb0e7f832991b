using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

using static DocScan.Core.Tests.Extraction.SpreadsheetBuilder;

namespace DocScan.Core.Tests.Extraction;

public sealed class SpreadsheetExtractorTests
{
    [Fact]
    public async Task Hidden_sheet_cells_are_hidden_sheet_segments()
    {
        var context = await ExtractAsync(workbook =>
        {
            AddSheet(workbook, "公告", null, new Row(InlineCell("A1", "114 年度補助名單")) { RowIndex = 1 });
            AddSheet(workbook, "原始名冊", SheetStateValues.Hidden,
                new Row(InlineCell("A2", "陳美玲"), InlineCell("B2", "F152601819")) { RowIndex = 2 });
        });

        context.SingleWith("F152601819").AssertAt(SegmentSources.Sheet, "原始名冊!B2", null, hidden: true);
        context.SingleWith("114 年度補助名單").AssertAt(SegmentSources.Sheet, "公告!A1", null, hidden: false);
        Assert.Single(context.Segments, s => s.Text == "原始名冊" && s.Hidden);
    }

    [Fact]
    public async Task Cell_comment_is_a_hidden_comment_segment()
    {
        var context = await ExtractAsync(workbook =>
        {
            var sheet = AddSheet(workbook, "名冊", null, new Row(InlineCell("C3", "王小明")) { RowIndex = 3 });
            var comments = sheet.AddNewPart<WorksheetCommentsPart>();
            comments.Comments = new Comments(
                new Authors(new Author("李科長")),
                new CommentList(new Comment(new CommentText(new Run(new Text("本人身分證 H259083019，請核對。"))))
                {
                    Reference = "C3",
                    AuthorId = 0,
                }));
        });

        context.SingleWith("H259083019").AssertAt(SegmentSources.Comment, "名冊!C3", null, hidden: true);
        context.SingleWith("李科長").AssertAt(SegmentSources.Metadata, "xl/comments1.xml#author", null, hidden: true);
    }

    [Fact]
    public async Task Shared_string_is_resolved()
    {
        var context = await ExtractAsync(workbook =>
        {
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("姓名")),
                new SharedStringItem(new Run(new Text("A1661")), new Run(new Text("31861"))));
            AddSheet(workbook, "名冊", null, new Row(
                new Cell { CellReference = "A2", DataType = CellValues.SharedString, CellValue = new CellValue("0") },
                new Cell { CellReference = "B2", DataType = CellValues.SharedString, CellValue = new CellValue("1") }) { RowIndex = 2 });
        });

        var segment = context.SingleWith("A166131861");
        segment.AssertAt(SegmentSources.Sheet, "名冊!B2", null, hidden: false);
        Assert.Equal(new CellPosition("名冊", 1, 1), segment.Cell);
        Assert.Equal("A166131861", segment.Text);
    }

    [Fact]
    public async Task Inline_string_is_resolved()
    {
        var context = await ExtractAsync(workbook =>
            AddSheet(workbook, "名冊", null, new Row(InlineCell("C2", "E209139090")) { RowIndex = 2 }));

        context.SingleWith("E209139090").AssertAt(SegmentSources.Sheet, "名冊!C2", null, hidden: false);
    }

    // A national ID has a letter, so it cannot be a number cell; a phone number can, and only its
    // format shows its leading zero.
    [Fact]
    public async Task Number_cell_is_shown_as_formatted()
    {
        var context = await ExtractAsync(workbook =>
        {
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "\"0\"#########" }),
                new CellFormats(new CellFormat { NumberFormatId = 0 }, new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }));
            AddSheet(workbook, "通訊錄", null, new Row(
                new Cell { CellReference = "A2", CellValue = new CellValue("1024") },
                new Cell { CellReference = "B2", StyleIndex = 1, CellValue = new CellValue("912345678") }) { RowIndex = 2 });
        });

        Assert.Equal("0912345678", context.SingleWith("912345678").Text);
        context.SingleWith("912345678").AssertAt(SegmentSources.Sheet, "通訊錄!B2", null, hidden: false);
        Assert.Equal("1024", context.SingleWith("1024").Text);
    }

    [Fact]
    public async Task Sheet_name_is_a_sheet_segment()
    {
        var context = await ExtractAsync(workbook =>
            AddSheet(workbook, "T196030828申請資料", null, new Row(InlineCell("A1", "申請日期")) { RowIndex = 1 }));

        context.SingleWith("T196030828").AssertAt(SegmentSources.Sheet, "T196030828申請資料", null, hidden: false);
    }

    [Fact]
    public async Task Cell_in_hidden_column_is_hidden()
    {
        var context = await ExtractAsync(workbook =>
        {
            var sheet = AddSheet(workbook, "名冊", null,
                new Row(InlineCell("A2", "黃淑芬"), InlineCell("B2", "B218190937"), InlineCell("C2", "臺中市")) { RowIndex = 2 });
            sheet.Worksheet.InsertAt(new Columns(new Column { Min = 2, Max = 2, Hidden = true, Width = 0, CustomWidth = true }), 0);
        });

        context.SingleWith("B218190937").AssertAt(SegmentSources.Sheet, "名冊!B2", null, hidden: true);
        context.SingleWith("臺中市").AssertAt(SegmentSources.Sheet, "名冊!C2", null, hidden: false);
    }

    [Fact]
    public async Task Large_sheet_yields_every_cell()
    {
        const int rows = 20_000;
        const int columns = 5;
        var context = await ExtractAsync(workbook => AddSheet(workbook, "全部資料", null,
            Enumerable.Range(1, rows).Select(r => new Row(Enumerable.Range(0, columns).Select(c =>
                new Cell { CellValue = new CellValue(r * 10 + c) })) { RowIndex = (uint)r }).ToArray()));

        Assert.Equal(rows * columns + 1, context.Segments.Count);
        context.SingleWith("200004").AssertAt(SegmentSources.Sheet, "全部資料!E20000", null, hidden: false);
    }

    private static Task<ExtractionContext> ExtractAsync(Action<WorkbookPart> build) =>
        OpenXmlTestSupport.ExtractAsync(new SpreadsheetExtractor(), Build(build), FileFormat.Xlsx);

    private static byte[] Build(Action<WorkbookPart> build)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            build(workbook);
        }

        return stream.ToArray();
    }

    private static Cell InlineCell(string reference, string text) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
}
