using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using DocumentFormat.OpenXml.Wordprocessing;

using static DocScan.Core.Tests.Extraction.WordBuilder;

namespace DocScan.Core.Tests.Extraction;

public sealed class WordExtractorTests
{
    private const string DocumentPath = "word/document.xml";

    [Fact]
    public async Task Header_text_is_a_header_segment()
    {
        var context = await ExtractAsync((_, main) =>
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Paragraph("承辦人：王小明　身分證 F152601819"));
            Body(main).Append(Paragraph("主旨：檢送本局 114 年度工作計畫，請查照。"),
                new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) }));
        });

        context.SingleWith("F152601819").AssertAt(SegmentSources.Header, "word/header1.xml", null, hidden: false);
    }

    [Fact]
    public async Task Footer_text_is_a_footer_segment()
    {
        var context = await ExtractAsync((_, main) =>
        {
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(Paragraph("聯絡人 H259083019　電話 (02)2345-6789"));
            Body(main).Append(Paragraph("說明：依據本府 114 年 3 月 5 日函辦理。"));
        });

        context.SingleWith("H259083019").AssertAt(SegmentSources.Footer, "word/footer1.xml", null, hidden: false);
    }

    [Fact]
    public async Task Footnote_text_is_a_footnote_segment()
    {
        var context = await ExtractAsync((_, main) =>
        {
            var footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(Paragraph("申請人陳美玲，身分證統一編號 A166131861。")) { Id = 1 });
            Body(main).Append(new Paragraph(new Run(new Text("受文者：陳美玲")), new Run(new FootnoteReference { Id = 1 })));
        });

        context.SingleWith("A166131861").AssertAt(SegmentSources.Footnote, "word/footnotes.xml", null, hidden: false);
    }

    [Fact]
    public async Task Endnote_text_is_an_endnote_segment()
    {
        var context = await ExtractAsync((_, main) =>
        {
            var endnotes = main.AddNewPart<EndnotesPart>();
            endnotes.Endnotes = new Endnotes(new Endnote(Paragraph("原申請人 E209139090 已於 113 年撤回。")) { Id = 1 });
            Body(main).Append(new Paragraph(new Run(new Text("說明：")), new Run(new EndnoteReference { Id = 1 })));
        });

        context.SingleWith("E209139090").AssertAt(SegmentSources.Endnote, "word/endnotes.xml", null, hidden: false);
    }

    [Fact]
    public async Task Comment_text_is_hidden_and_its_author_is_metadata()
    {
        var context = await ExtractAsync((_, main) =>
        {
            var comments = main.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new Comments(
                new Comment(Paragraph("請確認 T196030828 是否為本人。")) { Id = "1", Author = "李科長", Initials = "李" });
            Body(main).Append(new Paragraph(
                new CommentRangeStart { Id = "1" }, new Run(new Text("申請人：林志明")), new CommentRangeEnd { Id = "1" },
                new Run(new CommentReference { Id = "1" })));
        });

        context.SingleWith("T196030828").AssertAt(SegmentSources.Comment, "word/comments.xml", null, hidden: true);
        context.SingleWith("李科長").AssertAt(SegmentSources.Metadata, "word/comments.xml#author", null, hidden: true);
    }

    [Fact]
    public async Task Tracked_deletion_is_a_hidden_segment_apart_from_the_visible_text()
    {
        var context = await ExtractAsync((_, main) => Body(main).Append(new Paragraph(
            new Run(new Text("受文者：王小明") { Space = SpaceProcessingModeValues.Preserve }),
            new DeletedRun(new Run(new DeletedText("（R246281946）"))) { Id = "3", Author = "張承辦" })));

        context.SingleWith("R246281946").AssertAt(SegmentSources.TrackedDeletion, DocumentPath, null, hidden: true);
        context.SingleWith("受文者：王小明").AssertAt(SegmentSources.Body, DocumentPath, null, hidden: false);
    }

    [Fact]
    public async Task Tracked_insertion_is_part_of_the_visible_paragraph()
    {
        var context = await ExtractAsync((_, main) => Body(main).Append(new Paragraph(
            new Run(new Text("身分證統一編號：")),
            new InsertedRun(new Run(new Text("K182199353"))) { Id = "4", Author = "張承辦" },
            new Run(new Text("，住址：臺北市中正區重慶南路一段 122 號")))));

        var segment = context.SingleWith("K182199353");
        segment.AssertAt(SegmentSources.Body, DocumentPath, null, hidden: false);
        Assert.Equal("身分證統一編號：K182199353，住址：臺北市中正區重慶南路一段 122 號", segment.Text);
    }

    [Fact]
    public async Task Hidden_run_is_a_hidden_segment_and_absent_from_the_visible_text()
    {
        var context = await ExtractAsync((_, main) => Body(main).Append(new Paragraph(
            new Run(new Text("受文者：黃淑芬")),
            new Run(new RunProperties(new Vanish()), new Text("B218190937")),
            new Run(new Text("君")))));

        context.SingleWith("B218190937").AssertAt(SegmentSources.HiddenText, DocumentPath, null, hidden: true);
        context.SingleWith("受文者：黃淑芬君").AssertAt(SegmentSources.Body, DocumentPath, null, hidden: false);
    }

    [Fact]
    public async Task Run_hidden_by_its_character_style_is_hidden()
    {
        var context = await ExtractAsync((_, main) =>
        {
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "隱藏" }, new StyleRunProperties(new Vanish())) { Type = StyleValues.Character, StyleId = "Secret" },
                new Style(new StyleName { Val = "隱藏強調" }, new BasedOn { Val = "Secret" }) { Type = StyleValues.Character, StyleId = "SecretStrong" });
            Body(main).Append(new Paragraph(
                new Run(new Text("姓名：黃淑芬 ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new RunProperties(new RunStyle { Val = "SecretStrong" }), new Text("A878657972"))));
        });

        context.SingleWith("A878657972").AssertAt(SegmentSources.HiddenText, DocumentPath, null, hidden: true);
    }

    [Fact]
    public async Task Text_box_in_alternate_content_is_reported_once_and_not_as_body()
    {
        const string text = "聯絡人身分證：H259083019";
        var context = await ExtractAsync((_, main) => OpenXmlTestSupport.WriteXml(main, TextBoxDocument(text, text)));

        context.SingleWith("H259083019").AssertAt(SegmentSources.TextBox, DocumentPath, null, hidden: false);
        context.SingleWith("檢送名冊如附件").AssertAt(SegmentSources.Body, DocumentPath, null, hidden: false);
    }

    [Fact]
    public async Task Text_only_in_the_fallback_branch_is_hidden()
    {
        var context = await ExtractAsync((_, main) => OpenXmlTestSupport.WriteXml(main,
            TextBoxDocument("聯絡人：王小明", "聯絡人：王小明 K182199353")));

        context.SingleWith("K182199353").AssertAt(SegmentSources.TextBox, DocumentPath, null, hidden: true);
        Assert.Single(context.Segments, s => s.Text == "聯絡人：王小明" && !s.Hidden);
    }

    [Fact]
    public async Task Id_split_across_three_runs_is_one_string()
    {
        var bold = new RunProperties(new Bold());
        var context = await ExtractAsync((_, main) => Body(main).Append(new Paragraph(
            new Run(new Text("身分證統一編號：F15")),
            new Run((RunProperties)bold.CloneNode(true), new Text("2601")),
            new Run(new Text("819")))));

        var segment = context.SingleWith("F152601819");
        segment.AssertAt(SegmentSources.Body, DocumentPath, null, hidden: false);
        Assert.Equal("身分證統一編號：F152601819", segment.Text);
    }

    [Fact]
    public async Task Table_cell_is_a_table_segment()
    {
        var context = await ExtractAsync((_, main) => Body(main).Append(new Table(
            new TableRow(new TableCell(Paragraph("姓名")), new TableCell(Paragraph("身分證統一編號"))),
            new TableRow(new TableCell(Paragraph("陳建宏")), new TableCell(Paragraph("A166131861"))))));

        context.SingleWith("A166131861").AssertAt(SegmentSources.Table, DocumentPath, null, hidden: false);
        var header = context.SingleWith("身分證統一編號").Cell!;
        var value = context.SingleWith("A166131861").Cell!;
        Assert.Equal((header.Table, 0, 1), (value.Table, header.Row, header.Column));
        Assert.Equal((1, 1), (value.Row, value.Column));
    }

    [Fact]
    public async Task Core_properties_creator_and_last_modified_by_are_metadata()
    {
        var context = await ExtractAsync((document, main) =>
        {
            document.PackageProperties.Creator = "王小明 E209139090";
            document.PackageProperties.LastModifiedBy = "林志明 T196030828";
            Body(main).Append(Paragraph("主旨：函轉有關個人資料保護事項。"));
        });

        context.SingleWith("E209139090").AssertAt(SegmentSources.Metadata, "docProps/core.xml#creator", null, hidden: true);
        context.SingleWith("T196030828").AssertAt(SegmentSources.Metadata, "docProps/core.xml#lastModifiedBy", null, hidden: true);
    }

    [Fact]
    public async Task Custom_property_is_metadata()
    {
        var context = await ExtractAsync((document, main) =>
        {
            var custom = document.AddCustomFilePropertiesPart();
            custom.Properties = new Properties(new CustomDocumentProperty(new VTLPWSTR("R246281946"))
            {
                FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}",
                PropertyId = 2,
                Name = "承辦人身分證",
            });
            Body(main).Append(Paragraph("主旨：函轉有關個人資料保護事項。"));
        });

        context.SingleWith("R246281946").AssertAt(SegmentSources.Metadata, "docProps/custom.xml#承辦人身分證", null, hidden: true);
    }

    [Fact]
    public async Task Hyperlink_field_code_with_a_literal_is_hidden_text()
    {
        var context = await ExtractAsync((_, main) => Body(main).Append(new Paragraph(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" HYPERLINK \"https://example.gov.tw/case?id=K182199353\" ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("案件查詢")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }))));

        context.SingleWith("K182199353").AssertAt(SegmentSources.HiddenText, DocumentPath, null, hidden: true);
        context.SingleWith("案件查詢").AssertAt(SegmentSources.Body, DocumentPath, null, hidden: false);
    }

    [Fact]
    public async Task Embedded_workbook_is_handed_back_as_an_attachment()
    {
        var workbook = "PK-embedded-workbook"u8.ToArray();
        var nested = new List<(string Name, byte[] Content)>();
        var bytes = Build((_, main) =>
        {
            var embedded = main.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
            using (var stream = embedded.GetStream(FileMode.Create))
            {
                stream.Write(workbook);
            }

            Body(main).Append(Paragraph("附件：申請人名冊"));
        });

        var context = await OpenXmlTestSupport.ExtractAsync(new WordExtractor(), bytes, FileFormat.Docx, nested: nested);

        var (name, content) = Assert.Single(nested);
        Assert.Equal(workbook, content);
        Assert.StartsWith("word/embeddings/", name);
        context.SingleWith(name).AssertAt(SegmentSources.Attachment, name, null, hidden: false);
    }

    [Fact]
    public async Task Watermark_text_is_a_text_box_segment()
    {
        var context = await ExtractAsync((_, main) => OpenXmlTestSupport.WriteXml(main, WatermarkDocument));

        context.SingleWith("機密").AssertAt(SegmentSources.TextBox, DocumentPath, null, hidden: false);
    }

    [Fact]
    public async Task Malformed_header_is_a_problem_and_the_body_is_still_read()
    {
        var context = await ExtractAsync((_, main) =>
        {
            var header = main.AddNewPart<HeaderPart>();
            OpenXmlTestSupport.WriteXml(header, "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p><w:r><w:t>未完");
            Body(main).Append(Paragraph("受文者：陳建宏 A166131861"));
        });

        context.SingleWith("A166131861").AssertAt(SegmentSources.Body, DocumentPath, null, hidden: false);
        var problem = Assert.Single(context.Problems);
        Assert.Equal(ProblemCodes.Corrupt, problem.Code);
        Assert.Contains("word/header1.xml", problem.Message);
    }

    [Fact]
    public async Task Truncated_package_throws()
    {
        var whole = Build((_, main) => Body(main).Append(Paragraph("主旨：檢送會議紀錄一份，請查照。")));
        var truncated = whole[..(whole.Length / 2)];

        await Assert.ThrowsAnyAsync<Exception>(() =>
            OpenXmlTestSupport.ExtractAsync(new WordExtractor(), truncated, FileFormat.Docx));
    }

    private static Task<ExtractionContext> ExtractAsync(Action<WordprocessingDocument, MainDocumentPart> build) =>
        OpenXmlTestSupport.ExtractAsync(new WordExtractor(), Build(build), FileFormat.Docx);

    private static Body Body(MainDocumentPart main) => main.Document.Body!;

    private static Paragraph Paragraph(string text) =>
        new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private const string WatermarkDocument = """
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml">
          <w:body>
            <w:p>
              <w:r>
                <w:pict>
                  <v:shape style="position:absolute;width:400pt;height:100pt;rotation:315">
                    <v:textpath style="font-family:&quot;標楷體&quot;" string="機密"/>
                  </v:shape>
                </w:pict>
              </w:r>
              <w:r><w:t>主旨：檢送本案調查報告。</w:t></w:r>
            </w:p>
          </w:body>
        </w:document>
        """;

    // Word writes a text box twice: as DrawingML (Choice) and as VML (Fallback).
    private static string TextBoxDocument(string choiceText, string fallbackText) => $"""
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
            xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
            xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
            xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
            xmlns:v="urn:schemas-microsoft-com:vml"
            mc:Ignorable="wps">
          <w:body>
            <w:p>
              <w:r><w:t>檢送名冊如附件</w:t></w:r>
              <w:r>
                <mc:AlternateContent>
                  <mc:Choice Requires="wps">
                    <w:drawing>
                      <wp:inline>
                        <wp:extent cx="1828800" cy="457200"/>
                        <wp:docPr id="1" name="文字方塊 1"/>
                        <a:graphic>
                          <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
                            <wps:wsp>
                              <wps:txbx>
                                <w:txbxContent><w:p><w:r><w:t>{choiceText}</w:t></w:r></w:p></w:txbxContent>
                              </wps:txbx>
                            </wps:wsp>
                          </a:graphicData>
                        </a:graphic>
                      </wp:inline>
                    </w:drawing>
                  </mc:Choice>
                  <mc:Fallback>
                    <w:pict>
                      <v:shape style="width:144pt;height:36pt">
                        <v:textbox>
                          <w:txbxContent><w:p><w:r><w:t>{fallbackText}</w:t></w:r></w:p></w:txbxContent>
                        </v:textbox>
                      </v:shape>
                    </w:pict>
                  </mc:Fallback>
                </mc:AlternateContent>
              </w:r>
            </w:p>
          </w:body>
        </w:document>
        """;
}
