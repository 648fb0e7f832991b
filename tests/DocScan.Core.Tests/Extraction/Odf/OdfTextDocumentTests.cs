using DocScan.Core.Extraction;
using DocScan.Core.Extraction.Odf;
using DocScan.Core.Formats;
using static DocScan.Core.Tests.Extraction.Odf.OdfBuilder;

namespace DocScan.Core.Tests.Extraction.Odf;

/// <summary>Every place an .odt hides text, each in a 函 as an agency writes it.</summary>
public sealed class OdfTextDocumentTests
{
    private const string HiddenTextStyle =
        "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties text:display=\"none\"/></style:style>";

    [Fact]
    public async Task Words_split_by_spans_and_spaces_are_read_as_one_paragraph()
    {
        var context = await Extract(TextDocument(Letter(
            P("二、申請人<text:span text:style-name=\"T9\">陳美玲</text:span>，身分證統一編號 <text:span>A1661</text:span><text:span>31861</text:span>，" +
              "電話<text:s text:c=\"2\"/>(04)2228-9111<text:tab/>地址<text:line-break/>臺中市西屯區臺灣大道三段99號。"))));

        var segment = context.SingleWith("A166131861");
        segment.AssertAt(SegmentSources.Body, "content.xml", null, hidden: false);
        Assert.Contains("電話  (04)2228-9111\t地址\n臺中市", segment.Text);
    }

    [Fact]
    public async Task Comment_is_hidden_and_its_author_is_metadata()
    {
        var context = await Extract(TextDocument(Letter(
            P("三、請依規定辦理<office:annotation><dc:creator>林建宏</dc:creator><dc:date>2024-05-19T10:00:00</dc:date>" +
              "<text:p>申請人 F152601819 已補件</text:p></office:annotation>公告事宜。"))));

        context.SingleWith("F152601819").AssertAt(SegmentSources.Comment, "content.xml", null, hidden: true);
        context.SingleWith("林建宏").AssertAt(SegmentSources.Metadata, "content.xml#author", null, hidden: true);
        // The comment does not split the sentence it sits in.
        Assert.Contains(context.Segments, s => s.Text == "三、請依規定辦理公告事宜。" && s.Source == SegmentSources.Body);
    }

    [Fact]
    public async Task Tracked_deletion_is_hidden()
    {
        var context = await Extract(TextDocument(
            "<text:tracked-changes><text:changed-region text:id=\"ct1\"><text:deletion><office:change-info><dc:creator>林建宏</dc:creator>" +
            "<dc:date>2024-05-19T23:30:00</dc:date></office:change-info><text:p>張志明（F152601819）</text:p></text:deletion></text:changed-region>" +
            "</text:tracked-changes>" + Letter(P("二、查詢對象：<text:change text:change-id=\"ct1\"/>王大同。"))));

        context.SingleWith("F152601819").AssertAt(SegmentSources.TrackedDeletion, "content.xml", null, hidden: true);
        context.SingleWith("林建宏").AssertAt(SegmentSources.Metadata, "content.xml#author", null, hidden: true);
    }

    [Fact]
    public async Task Deletion_kept_in_place_between_change_marks_is_hidden()
    {
        var context = await Extract(TextDocument(
            "<text:tracked-changes><text:changed-region xml:id=\"ct1\" text:id=\"ct1\"><text:deletion><office:change-info><dc:creator>林建宏</dc:creator>" +
            "<dc:date>2024-05-19T23:30:00</dc:date></office:change-info></text:deletion></text:changed-region>" +
            "<text:changed-region xml:id=\"ct2\" text:id=\"ct2\"><text:insertion><office:change-info><dc:creator>林建宏</dc:creator>" +
            "<dc:date>2024-05-19T23:30:00</dc:date></office:change-info></text:insertion></text:changed-region></text:tracked-changes>" +
            Letter(P("四、同時段另盤查同行男子<text:change-start text:change-id=\"ct1\"/>張志明（<text:span text:style-name=\"T2\">F152601819</text:span>）" +
                     "<text:change-end text:change-id=\"ct1\"/><text:change-start text:change-id=\"ct2\"/>一名<text:change-end text:change-id=\"ct2\"/>，經查無不法。"))));

        context.SingleWith("F152601819").AssertAt(SegmentSources.TrackedDeletion, "content.xml", null, hidden: true);
        Assert.Contains(context.Segments, s => s.Text == "四、同時段另盤查同行男子一名，經查無不法。" && s.Source == SegmentSources.Body);
    }

    [Fact]
    public async Task Span_hidden_by_its_automatic_style_is_hidden_text()
    {
        var context = await Extract(TextDocument(
            Letter(P("二、申請人王大同<text:span text:style-name=\"T1\">（F152601819）</text:span>資格符合。")), HiddenTextStyle));

        context.SingleWith("F152601819").AssertAt(SegmentSources.HiddenText, "content.xml", null, hidden: true);
        Assert.Contains(context.Segments, s => s.Text == "二、申請人王大同資格符合。" && !s.Hidden);
    }

    [Fact]
    public async Task Paragraph_whose_common_parent_style_hides_text_is_hidden()
    {
        var styles = Styles("<style:style style:name=\"內部註記\" style:family=\"paragraph\"><style:text-properties text:display=\"none\"/></style:style>");
        var context = await Extract(TextDocument(
            Letter(P("承辦人備註：申請人身分證 F152601819", "P7")),
            "<style:style style:name=\"P7\" style:family=\"paragraph\" style:parent-style-name=\"內部註記\"><style:paragraph-properties fo:text-align=\"end\"/></style:style>",
            styles));

        context.SingleWith("F152601819").AssertAt(SegmentSources.HiddenText, "content.xml", null, hidden: true);
    }

    [Fact]
    public async Task Span_shown_again_under_a_hiding_parent_is_not_hidden()
    {
        var context = await Extract(TextDocument(
            Letter(P("二、申請人<text:span text:style-name=\"T2\">F152601819</text:span>。")),
            HiddenTextStyle + "<style:style style:name=\"T2\" style:family=\"text\" style:parent-style-name=\"T1\"><style:text-properties text:display=\"true\"/></style:style>"));

        // T2 is automatic and says display=true itself; its parent is never consulted.
        context.SingleWith("F152601819").AssertAt(SegmentSources.Body, "content.xml", null, hidden: false);
    }

    [Fact]
    public async Task Hidden_paragraph_field_hides_its_paragraph()
    {
        var context = await Extract(TextDocument(Letter(
            P("<text:hidden-paragraph text:condition=\"ooow:內部\" text:is-hidden=\"true\"/>內部審核：申請人 A166131861 曾有欠稅紀錄。"))));

        context.SingleWith("A166131861").AssertAt(SegmentSources.HiddenText, "content.xml", null, hidden: true);
    }

    [Fact]
    public async Task Hidden_text_field_is_hidden()
    {
        var context = await Extract(TextDocument(Letter(
            P("二、申請人陳美玲<text:hidden-text text:condition=\"ooow:1\" text:string-value=\"A166131861\" text:is-hidden=\"true\">A166131861</text:hidden-text>。"))));

        context.SingleWith("A166131861").AssertAt(SegmentSources.HiddenText, "content.xml", null, hidden: true);
    }

    [Fact]
    public async Task User_field_value_not_shown_is_hidden()
    {
        var context = await Extract(TextDocument(
            "<text:user-field-decls><text:user-field-decl office:value-type=\"string\" office:string-value=\"H259083019\" text:name=\"申請人證號\"/></text:user-field-decls>" +
            Letter(P("二、承辦人：王小明。"))));

        context.SingleWith("H259083019").AssertAt(SegmentSources.HiddenText, "content.xml", null, hidden: true);
    }

    [Fact]
    public async Task Form_control_value_is_hidden_text()
    {
        var context = await Extract(TextDocument(
            "<office:forms xmlns:form=\"urn:oasis:names:tc:opendocument:xmlns:form:1.0\"><form:form form:name=\"申請表\">" +
            "<form:text form:id=\"control1\" form:name=\"身分證\" form:current-value=\"A166131861\"/></form:form></office:forms>" +
            Letter(P("二、申請人請填寫附表。"))));

        context.SingleWith("A166131861").AssertAt(SegmentSources.HiddenText, "content.xml", null, hidden: true);
    }

    [Fact]
    public async Task Header_of_a_master_page_in_styles_xml_is_a_header()
    {
        var styles = Styles(masterStyles:
            "<style:master-page style:name=\"Standard\"><style:header>" + P("臺中市政府地政局　承辦人林建宏 F152601819") + "</style:header>" +
            "<style:footer>" + P("聯絡電話 (04)2228-9111") + "</style:footer></style:master-page>");
        var context = await Extract(TextDocument(Letter(""), styles: styles));

        context.SingleWith("F152601819").AssertAt(SegmentSources.Header, "styles.xml", null, hidden: false);
        context.SingleWith("2228-9111").AssertAt(SegmentSources.Footer, "styles.xml", null, hidden: false);
    }

    [Fact]
    public async Task Header_switched_off_keeps_its_text_hidden()
    {
        var styles = Styles(masterStyles:
            "<style:master-page style:name=\"Standard\"><style:header style:display=\"false\">" + P("承辦人林建宏 F152601819") + "</style:header></style:master-page>");
        var context = await Extract(TextDocument(Letter(""), styles: styles));

        context.SingleWith("F152601819").AssertAt(SegmentSources.Header, "styles.xml", null, hidden: true);
    }

    [Fact]
    public async Task Footnote_and_endnote_are_read_apart_from_their_sentence()
    {
        var context = await Extract(TextDocument(Letter(
            P("二、受文者陳美玲<text:note text:id=\"ftn1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>" +
              "<text:note-body>" + P("身分證統一編號 A166131861。") + "</text:note-body></text:note>已補正資料" +
              "<text:note text:id=\"edn1\" text:note-class=\"endnote\"><text:note-citation>i</text:note-citation>" +
              "<text:note-body>" + P("代理人 H259083019") + "</text:note-body></text:note>。"))));

        context.SingleWith("A166131861").AssertAt(SegmentSources.Footnote, "content.xml", null, hidden: false);
        context.SingleWith("H259083019").AssertAt(SegmentSources.Endnote, "content.xml", null, hidden: false);
        Assert.Contains(context.Segments, s => s.Text == "二、受文者陳美玲已補正資料。");
    }

    [Fact]
    public async Task Text_box_in_a_frame_is_a_text_box()
    {
        var context = await Extract(TextDocument(Letter(
            P("<draw:frame draw:name=\"收件章\" text:anchor-type=\"paragraph\"><draw:text-box>" + P("收件人 F152601819") +
              "</draw:text-box><svg:desc>申請人 H259083019 的照片</svg:desc></draw:frame>"))));

        context.SingleWith("F152601819").AssertAt(SegmentSources.TextBox, "content.xml", null, hidden: false);
        context.SingleWith("H259083019").AssertAt(SegmentSources.HiddenText, "content.xml", null, hidden: true);
    }

    [Fact]
    public async Task Table_cells_carry_their_position_past_repeated_columns()
    {
        var context = await Extract(TextDocument(Letter(
            "<table:table table:name=\"附表\"><table:table-column table:number-columns-repeated=\"3\"/>" +
            "<table:table-header-rows><table:table-row><table:table-cell>" + P("姓名") + "</table:table-cell><table:table-cell>" + P("身分證統一編號") +
            "</table:table-cell><table:table-cell>" + P("地址") + "</table:table-cell></table:table-row></table:table-header-rows>" +
            "<table:table-row><table:table-cell table:number-columns-repeated=\"2\"/><table:table-cell>" + P("臺中市北屯區崇德路二段1號") + "</table:table-cell></table:table-row>" +
            "<table:table-row><table:table-cell>" + P("陳美玲") + "</table:table-cell><table:table-cell>" + P("A166131861") +
            "</table:table-cell><table:table-cell/></table:table-row></table:table>")));

        var segment = context.SingleWith("A166131861");
        segment.AssertAt(SegmentSources.Table, "content.xml", null, hidden: false);
        Assert.Equal(new CellPosition("content.xml#table1", 2, 1), segment.Cell);
        Assert.Equal(new CellPosition("content.xml#table1", 1, 2), context.SingleWith("崇德路").Cell);
    }

    [Fact]
    public async Task Meta_properties_are_hidden_metadata_named_for_the_property()
    {
        var meta = Meta("<meta:initial-creator>林建宏</meta:initial-creator><dc:creator>王小明</dc:creator><dc:title>所有權人清冊</dc:title>" +
                        "<meta:user-defined meta:name=\"承辦人證號\">F152601819</meta:user-defined>");
        var context = await Extract(TextDocument(Letter(""), meta: meta));

        context.SingleWith("林建宏").AssertAt(SegmentSources.Metadata, "meta.xml#meta:initial-creator", null, hidden: true);
        context.SingleWith("王小明").AssertAt(SegmentSources.Metadata, "meta.xml#dc:creator", null, hidden: true);
        context.SingleWith("F152601819").AssertAt(SegmentSources.Metadata, "meta.xml#承辦人證號", null, hidden: true);
    }

    [Fact]
    public async Task Embedded_object_is_read_as_part_of_the_document_and_previews_are_not()
    {
        var objectContent = Content("<office:text>" + P("附件名冊：陳美玲 A166131861") + "</office:text>");
        var bytes = TextDocument(Letter(P("<draw:frame><draw:object xlink:href=\"./Object 1\"/></draw:frame>")), extra:
        [
            ("Object 1/content.xml", objectContent),
            ("ObjectReplacements/Object 1", "附件名冊：陳美玲 A166131861"),
            ("Thumbnails/thumbnail.png", "附件名冊：陳美玲 A166131861"),
        ]);

        var context = await Extract(bytes);

        context.SingleWith("A166131861").AssertAt(SegmentSources.Body, "Object 1/content.xml", null, hidden: false);
    }

    private static Task<ExtractionContext> Extract(byte[] content) =>
        OpenXmlTestSupport.ExtractAsync(new OdfExtractor(), content, FileFormat.Odt);
}
