using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using static DocScan.Redaction.Tests.DraftTestSupport;
using A = DocumentFormat.OpenXml.Drawing;

namespace DocScan.Redaction.Tests;

/// <summary>PowerPoint drafts: slides, tables (values split over runs) and speaker notes are masked.</summary>
public sealed class PresentationDraftTests
{
    [Fact]
    public async Task Slides_tables_and_notes_are_masked()
    {
        var pptx = PresentationBuilder.Build(presentation =>
        {
            var slide = PresentationBuilder.AddSlide(presentation,
                PresentationBuilder.TextShape("個資保護稽核結果", "本年度抽查承保系統查詢紀錄共120筆。"),
                new GraphicFrame(
                    new NonVisualGraphicFrameProperties(
                        new NonVisualDrawingProperties { Id = 3, Name = "表格" },
                        new NonVisualGraphicFrameDrawingProperties(),
                        new ApplicationNonVisualDrawingProperties()),
                    new Transform(),
                    new A.Graphic(new A.GraphicData(new A.Table(
                        new A.TableGrid(new A.GridColumn { Width = 2_000_000 }, new A.GridColumn { Width = 2_000_000 }),
                        new A.TableRow(Cell("受查詢人"), Cell("身分證字號")) { Height = 370_840 },
                        new A.TableRow(Cell("王大明"), new A.TableCell(new A.TextBody(new A.BodyProperties(),
                            new A.Paragraph(new A.Run(new A.Text("A1661")), new A.Run(new A.RunProperties { Bold = true }, new A.Text("31861")))))) { Height = 370_840 }))
                    { Uri = "http://schemas.openxmlformats.org/drawingml/2006/table" })));
            var notes = slide.AddNewPart<NotesSlidePart>();
            notes.NotesSlide = new NotesSlide(new CommonSlideData(new ShapeTree(PresentationBuilder.TextShape("備忘：原始查詢對象 K182199353"))));
        });

        var (_, draft) = await DraftAsync(pptx, "業務簡報.pptx");

        await AssertNoneOfAsync(draft, "業務簡報.pptx", "A166131861", "K182199353", "王大明");
        var texts = await IndependentReader.ReadAsync(draft, "業務簡報.pptx");
        Assert.Contains(texts, t => t == "本年度抽查承保系統查詢紀錄共120筆。");
        Assert.Contains(texts, t => t == "○○○○○○○○○○");
    }

    private static A.TableCell Cell(string text) =>
        new(new A.TextBody(new A.BodyProperties(), new A.Paragraph(new A.Run(new A.Text(text)))));
}
