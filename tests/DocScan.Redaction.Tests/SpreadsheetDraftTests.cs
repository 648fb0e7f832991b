using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static DocScan.Redaction.Tests.DraftTestSupport;

namespace DocScan.Redaction.Tests;

/// <summary>Excel drafts: shared and rich text, dates stored as numbers, formulas, comments and hidden sheets are all masked.</summary>
public sealed class SpreadsheetDraftTests
{
    private static readonly XNamespace X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public async Task Every_place_a_workbook_keeps_a_value_is_masked_and_the_workbook_stays_valid()
    {
        var (_, draft) = await DraftAsync(Workbook(), "在保人員查詢結果.xlsx");

        await AssertNoneOfAsync(draft, "在保人員查詢結果.xlsx", "F152601819", "H259083019", "A166131861", "E209139090", "王大明");
        var sheet = Part(draft, "xl/worksheets/sheet1.xml");
        var birth = sheet.Descendants(X + "c").Single(c => (string?)c.Attribute("r") == "C2");
        Assert.Equal("inlineStr", (string?)birth.Attribute("t"));
        Assert.DoesNotContain(birth.Descendants(), e => e.Name == X + "v");
        var formula = sheet.Descendants(X + "c").Single(c => (string?)c.Attribute("r") == "D2");
        Assert.DoesNotContain(formula.Descendants(), e => e.Name == X + "f");
        Assert.Contains(Part(draft, "xl/sharedStrings.xml").Descendants(X + "t"), t => t.Value == "113年度在保人員查詢結果（僅供業務使用）");
        var hidden = Part(draft, "xl/workbook.xml").Descendants(X + "sheet").Single(s => (string?)s.Attribute("name") == "原始資料");
        Assert.Equal("hidden", (string?)hidden.Attribute("state"));
        await OfficeValidation.AssertValidAsync(draft, "在保人員查詢結果.xlsx");
    }

    private static byte[] Workbook()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 2 });
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("姓名")),
                new SharedStringItem(new Text("身分證字號")),
                new SharedStringItem(new Text("出生日期")),
                new SharedStringItem(new Text("王大明")),
                // One ID in two runs of different fonts.
                new SharedStringItem(
                    new Run(new RunProperties(new Bold()), new Text("F1526")),
                    new Run(new RunProperties(new Italic()), new Text("01819"))),
                new SharedStringItem(new Text("113年度在保人員查詢結果（僅供業務使用）")),
                new SharedStringItem(new Text("備註")));

            var visible = SpreadsheetBuilder.AddSheet(workbook, "查詢結果", null,
                new Row(Shared("A1", 0), Shared("B1", 1), Shared("C1", 2), Shared("D1", 6)) { RowIndex = 1 },
                new Row(Shared("A2", 3), Shared("B2", 4),
                    new Cell { CellReference = "C2", StyleIndex = 1, CellValue = new CellValue("31483") },
                    new Cell
                    {
                        CellReference = "D2", DataType = CellValues.String,
                        CellFormula = new CellFormula("CONCATENATE(\"身分證 E209\",\"139090\")"), CellValue = new CellValue("身分證 E209139090"),
                    }) { RowIndex = 2 },
                new Row(Shared("A3", 5)) { RowIndex = 3 });
            var comments = visible.AddNewPart<WorksheetCommentsPart>();
            comments.Comments = new Comments(
                new Authors(new Author("承辦人")),
                new CommentList(new Comment(new CommentText(new Run(new Text("前次查詢：A166131861")))) { Reference = "B2", AuthorId = 0 }));

            SpreadsheetBuilder.AddSheet(workbook, "原始資料", SheetStateValues.Hidden,
                new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("H259083019")) }) { RowIndex = 1 });
        }

        return stream.ToArray();
    }

    private static Cell Shared(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString()) };
}
