using DocScan.Core.Extraction;
using DocScan.Core.Extraction.Odf;
using DocScan.Core.Formats;
using static DocScan.Core.Tests.Extraction.Odf.OdfBuilder;

namespace DocScan.Core.Tests.Extraction.Odf;

/// <summary>Sheets of an .ods and slides of an .odp, with the places they hide text.</summary>
public sealed class OdfSheetAndSlideTests
{
    private static string Cell(string text, string attributes = "") => $"<table:table-cell{attributes}>{P(text)}</table:table-cell>";

    private static string Row(string cells, string attributes = "") => $"<table:table-row{attributes}>{cells}</table:table-row>";

    private static string Roster(string name, string attributes = "", string columns = "", string rows = "") =>
        $"<table:table table:name=\"{name}\"{attributes}>{columns}" +
        Row(Cell("編號") + Cell("姓名") + Cell("身分證統一編號")) + rows + "</table:table>";

    [Fact]
    public async Task Cell_is_a_sheet_segment_with_its_reference_and_position()
    {
        var context = await ExtractSheet(Roster("名冊", rows:
            Row(Cell("1") + Cell("陳美玲") + Cell("A166131861")) +
            Row("<table:table-cell table:number-columns-repeated=\"16384\"/>", " table:number-rows-repeated=\"1048574\"")));

        var segment = context.SingleWith("A166131861");
        segment.AssertAt(SegmentSources.Sheet, "名冊!C2", null, hidden: false);
        Assert.Equal(new CellPosition("名冊", 1, 2), segment.Cell);
        context.SingleWith("名冊").AssertAt(SegmentSources.Sheet, "名冊", null, hidden: false);
    }

    [Fact]
    public async Task Sheet_hidden_by_its_table_style_is_hidden()
    {
        var styles = "<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>";
        var context = await ExtractSheet(
            Roster("名冊", rows: Row(Cell("1") + Cell("王大同") + Cell("F152601819"))) +
            Roster("原始資料", " table:style-name=\"ta2\"", rows: Row(Cell("1") + Cell("陳美玲") + Cell("A166131861"))),
            styles);

        context.SingleWith("A166131861").AssertAt(SegmentSources.Sheet, "原始資料!C2", null, hidden: true);
        context.SingleWith("F152601819").AssertAt(SegmentSources.Sheet, "名冊!C2", null, hidden: false);
    }

    [Fact]
    public async Task Collapsed_rows_and_columns_are_hidden()
    {
        var context = await ExtractSheet(Roster("名冊",
            columns: "<table:table-column table:number-columns-repeated=\"2\"/><table:table-column table:visibility=\"collapse\"/><table:table-column table:number-columns-repeated=\"16381\"/>",
            rows: Row(Cell("1") + Cell("陳美玲") + Cell("A166131861")) +
                  Row(Cell("2") + Cell("王大同") + Cell("甲"), " table:visibility=\"filter\"") +
                  Row(Cell("3") + Cell("林建宏") + Cell("乙") + Cell("H259083019"))));

        context.SingleWith("A166131861").AssertAt(SegmentSources.Sheet, "名冊!C2", null, hidden: true);
        context.SingleWith("王大同").AssertAt(SegmentSources.Sheet, "名冊!B3", null, hidden: true);
        context.SingleWith("H259083019").AssertAt(SegmentSources.Sheet, "名冊!D4", null, hidden: false);
    }

    [Fact]
    public async Task Cell_annotation_is_a_hidden_comment_at_its_cell()
    {
        var context = await ExtractSheet(Roster("名冊", rows: Row(Cell("1") + Cell("王大同") +
            "<table:table-cell><office:annotation><dc:creator>林建宏</dc:creator><text:p>眷屬陳美玲 A166131861</text:p></office:annotation>" + P("F152601819") + "</table:table-cell>")));

        context.SingleWith("A166131861").AssertAt(SegmentSources.Comment, "名冊!C2", null, hidden: true);
        context.SingleWith("F152601819").AssertAt(SegmentSources.Sheet, "名冊!C2", null, hidden: false);
        context.SingleWith("林建宏").AssertAt(SegmentSources.Metadata, "content.xml#author", null, hidden: true);
    }

    [Fact]
    public async Task Value_the_cell_does_not_show_is_hidden()
    {
        var context = await ExtractSheet(Roster("名冊", rows: Row(Cell("1") + Cell("王大同") +
            "<table:table-cell office:value-type=\"string\" office:string-value=\"F152601819\">" + P("F15****819") + "</table:table-cell>")));

        context.SingleWith("F152601819").AssertAt(SegmentSources.HiddenText, "名冊!C2", null, hidden: true);
    }

    [Fact]
    public async Task Previous_content_of_a_tracked_cell_change_is_a_hidden_tracked_deletion()
    {
        var changes = "<table:tracked-changes><table:cell-content-change table:id=\"ct1\"><table:cell-address table:column=\"2\" table:row=\"1\" table:table=\"0\"/>" +
            "<office:change-info><dc:creator>林建宏</dc:creator><dc:date>2024-05-19T10:00:00</dc:date></office:change-info>" +
            "<table:previous><table:change-track-table-cell office:value-type=\"string\">" + P("F152601819") + "</table:change-track-table-cell></table:previous>" +
            "</table:cell-content-change></table:tracked-changes>";
        var context = await ExtractSheet(changes + Roster("名冊", rows: Row(Cell("1") + Cell("王大同") + Cell("（已更正）"))));

        context.SingleWith("F152601819").AssertAt(SegmentSources.TrackedDeletion, "content.xml", null, hidden: true);
        context.SingleWith("林建宏").AssertAt(SegmentSources.Metadata, "content.xml#author", null, hidden: true);
    }

    [Fact]
    public async Task Speaker_notes_are_hidden_notes_of_their_slide()
    {
        var context = await ExtractSlides(
            "<draw:page draw:name=\"page1\"><draw:frame presentation:class=\"title\"><draw:text-box>" + P("個資保護稽核簡報") + "</draw:text-box></draw:frame></draw:page>" +
            "<draw:page draw:name=\"page2\"><draw:frame><draw:text-box>" + P("稽核發現：查詢紀錄未留存") + "</draw:text-box></draw:frame>" +
            "<presentation:notes><draw:frame presentation:class=\"notes\"><draw:text-box>" + P("講者備註：案例當事人 F152601819") + "</draw:text-box></draw:frame></presentation:notes></draw:page>");

        context.SingleWith("F152601819").AssertAt(SegmentSources.Notes, "content.xml", 2, hidden: true);
        context.SingleWith("查詢紀錄").AssertAt(SegmentSources.Slide, "content.xml", 2, hidden: false);
    }

    [Fact]
    public async Task Slide_hidden_by_its_page_style_and_slide_comments_are_hidden()
    {
        var styles = "<style:style style:name=\"dp2\" style:family=\"drawing-page\"><style:drawing-page-properties presentation:visibility=\"hidden\"/></style:style>";
        var context = await ExtractSlides(
            "<draw:page draw:name=\"page1\"><office:annotation><dc:creator>林建宏</dc:creator><text:p>請刪除 H259083019</text:p></office:annotation></draw:page>" +
            "<draw:page draw:name=\"page2\" draw:style-name=\"dp2\"><draw:frame><draw:text-box>" + P("備用頁：A166131861") + "</draw:text-box></draw:frame></draw:page>",
            styles);

        context.SingleWith("H259083019").AssertAt(SegmentSources.Comment, "content.xml", 1, hidden: true);
        context.SingleWith("A166131861").AssertAt(SegmentSources.Slide, "content.xml", 2, hidden: true);
    }

    [Fact]
    public async Task Slide_table_cells_are_counted_per_slide()
    {
        var context = await ExtractSlides(
            "<draw:page/><draw:page><draw:frame><table:table>" + Row(Cell("姓名") + Cell("身分證統一編號")) + Row(Cell("陳美玲") + Cell("A166131861")) + "</table:table></draw:frame></draw:page>");

        var segment = context.SingleWith("A166131861");
        segment.AssertAt(SegmentSources.Table, "content.xml", 2, hidden: false);
        Assert.Equal(new CellPosition("content.xml/slide2#table1", 1, 1), segment.Cell);
    }

    private static Task<ExtractionContext> ExtractSheet(string tables, string automaticStyles = "") =>
        OpenXmlTestSupport.ExtractAsync(new OdfExtractor(),
            Package(Spreadsheet, Content($"<office:spreadsheet>{tables}</office:spreadsheet>", automaticStyles)), FileFormat.Ods);

    private static Task<ExtractionContext> ExtractSlides(string pages, string automaticStyles = "") =>
        OpenXmlTestSupport.ExtractAsync(new OdfExtractor(),
            Package(Presentation, Content($"<office:presentation>{pages}</office:presentation>", automaticStyles)), FileFormat.Odp);
}
