using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

namespace DocScan.Core.Tests.Extraction;

/// <summary>A .pptx built in memory, slide by slide.</summary>
internal static class PresentationBuilder
{
    internal static byte[] Build(Action<PresentationPart> build)
    {
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            var presentation = document.AddPresentationPart();
            presentation.Presentation = new Presentation(new SlideIdList());
            build(presentation);
        }

        return stream.ToArray();
    }

    internal static SlidePart AddSlide(PresentationPart presentation, params OpenXmlElement[] shapes)
    {
        var slide = presentation.AddNewPart<SlidePart>();
        slide.Slide = new Slide(new CommonSlideData(new ShapeTree(shapes)));
        var list = presentation.Presentation.SlideIdList!;
        list.Append(new SlideId { Id = (uint)(256 + list.Count()), RelationshipId = presentation.GetIdOfPart(slide) });
        return slide;
    }

    internal static Shape TextShape(params string[] paragraphs) => new(
        ShapeProperties("文字"),
        new TextBody(paragraphs.Select(text => (OpenXmlElement)new A.Paragraph(new A.Run(new A.Text(text))))
            .Prepend(new A.BodyProperties())));

    internal static NonVisualShapeProperties ShapeProperties(string name) => new(
        new NonVisualDrawingProperties { Id = 2, Name = name },
        new NonVisualShapeDrawingProperties(),
        new ApplicationNonVisualDrawingProperties());
}
