using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

using static DocScan.Core.Tests.Extraction.PresentationBuilder;

namespace DocScan.Core.Tests.Extraction;

public sealed class PresentationExtractorTests
{
    [Fact]
    public async Task Slide_paragraph_is_a_slide_segment_with_its_number()
    {
        var context = await ExtractAsync(presentation =>
        {
            AddSlide(presentation, TextShape("114 年度業務報告"));
            AddSlide(presentation, TextShape("受理案件", "申請人：王小明", "申請人：陳美玲 H259083019"));
        });

        context.SingleWith("H259083019").AssertAt(SegmentSources.Slide, "ppt/slides/slide2.xml", 2, hidden: false);
        context.SingleWith("114 年度業務報告").AssertAt(SegmentSources.Slide, "ppt/slides/slide1.xml", 1, hidden: false);
    }

    [Fact]
    public async Task Paragraph_split_across_runs_is_one_string()
    {
        var context = await ExtractAsync(presentation => AddSlide(presentation, new Shape(
            ShapeProperties("內容"),
            new TextBody(new A.BodyProperties(), new A.Paragraph(
                new A.Run(new A.Text("身分證：A16")), new A.Run(new A.Text("61318")), new A.Run(new A.Text("61")))))));

        Assert.Equal("身分證：A166131861", context.SingleWith("A166131861").Text);
    }

    [Fact]
    public async Task Table_cell_is_a_table_segment()
    {
        var context = await ExtractAsync(presentation => AddSlide(presentation, TextShape("評選委員名單"), TableFrame(
            ["姓名", "身分證統一編號"],
            ["林志明", "E209139090"])));

        context.SingleWith("E209139090").AssertAt(SegmentSources.Table, "ppt/slides/slide1.xml", 1, hidden: false);
    }

    [Fact]
    public async Task Speaker_notes_are_hidden_notes_of_their_slide()
    {
        var context = await ExtractAsync(presentation =>
        {
            AddSlide(presentation, TextShape("簡報大綱"));
            var slide = AddSlide(presentation, TextShape("陳情案件處理情形"));
            var notes = slide.AddNewPart<NotesSlidePart>();
            notes.NotesSlide = new NotesSlide(new CommonSlideData(new ShapeTree(TextShape("陳情人 T196030828，勿於簡報中提及。"))));
        });

        context.SingleWith("T196030828").AssertAt(SegmentSources.Notes, "ppt/notesSlides/notesSlide1.xml", 2, hidden: true);
    }

    [Fact]
    public async Task Comment_is_a_hidden_comment_of_its_slide()
    {
        var context = await ExtractAsync(presentation =>
        {
            var authors = presentation.AddNewPart<CommentAuthorsPart>();
            authors.CommentAuthorList = new CommentAuthorList(
                new CommentAuthor { Id = 0, Name = "李科長", Initials = "李", LastIndex = 1, ColorIndex = 0 });
            var slide = AddSlide(presentation, TextShape("補助名單"));
            var comments = slide.AddNewPart<SlideCommentsPart>();
            comments.CommentList = new CommentList(new Comment(
                new Position { X = 10, Y = 10 },
                new Text("第三位申請人 R246281946 資格待確認")) { AuthorId = 0, Index = 1 });
        });

        context.SingleWith("R246281946").AssertAt(SegmentSources.Comment, "ppt/comments/comment1.xml", 1, hidden: true);
        context.SingleWith("李科長").AssertAt(SegmentSources.Metadata, "ppt/commentAuthors.xml#author", null, hidden: true);
    }

    [Fact]
    public async Task Hidden_slide_text_is_hidden()
    {
        var context = await ExtractAsync(presentation =>
        {
            AddSlide(presentation, TextShape("會議結論"));
            AddSlide(presentation, TextShape("備用資料：K182199353")).Slide.Show = false;
        });

        context.SingleWith("K182199353").AssertAt(SegmentSources.Slide, "ppt/slides/slide2.xml", 2, hidden: true);
    }

    private static Task<ExtractionContext> ExtractAsync(Action<PresentationPart> build) =>
        OpenXmlTestSupport.ExtractAsync(new PresentationExtractor(), Build(build), FileFormat.Pptx);

    private static GraphicFrame TableFrame(params string[][] rows) => new(
        new NonVisualGraphicFrameProperties(
            new NonVisualDrawingProperties { Id = 3, Name = "表格" },
            new NonVisualGraphicFrameDrawingProperties(),
            new ApplicationNonVisualDrawingProperties()),
        new Transform(),
        new A.Graphic(new A.GraphicData(new A.Table(
            rows.Select(row => (OpenXmlElement)new A.TableRow(row.Select(cell => new A.TableCell(
                new A.TextBody(new A.BodyProperties(), new A.Paragraph(new A.Run(new A.Text(cell)))))))
            { Height = 370_840 })
            .Prepend(new A.TableGrid(rows[0].Select(_ => new A.GridColumn { Width = 2_000_000 })))))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/table" }));
}
