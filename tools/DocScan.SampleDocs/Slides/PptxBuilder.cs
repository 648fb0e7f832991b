using System.Text;
using DocScan.SampleDocs.Ooxml;
using static DocScan.SampleDocs.Slides.PresentationMarkup;

namespace DocScan.SampleDocs.Slides;

/// <summary>One slide: a title, bullet lines or a table, and optional speaker notes.</summary>
public sealed record SlideContent(string Title, string[] Bullets, string[][]? Table = null, string? Notes = null);

/// <summary>Assembles a .pptx (16:9) from slide contents on a single title-and-content layout.</summary>
public sealed class PptxBuilder(DocumentProperties properties)
{
    private const string MainType = "application/vnd.openxmlformats-officedocument.presentationml.";
    private readonly List<SlideContent> _slides = [];

    public PptxBuilder Slide(SlideContent slide)
    {
        _slides.Add(slide);
        return this;
    }

    public byte[] Build()
    {
        var count = _slides.Count;
        var package = new OoxmlPackage()
            .AddPart("ppt/presentation.xml", MainType + "presentation.main+xml", PresentationXml())
            .Relate("", "rId1", RelationshipTypes.OfficeDocument, "ppt/presentation.xml")
            .Relate("ppt/presentation.xml", "rId1", RelationshipTypes.SlideMaster, "slideMasters/slideMaster1.xml");
        for (var i = 1; i <= count; i++)
        {
            package.Relate("ppt/presentation.xml", $"rId{i + 1}", RelationshipTypes.Slide, $"slides/slide{i}.xml");
        }

        package
            .Relate("ppt/presentation.xml", $"rId{count + 2}", RelationshipTypes.NotesMaster, "notesMasters/notesMaster1.xml")
            .Relate("ppt/presentation.xml", $"rId{count + 3}", RelationshipTypes.Theme, "theme/theme1.xml")
            .AddPart("ppt/slideMasters/slideMaster1.xml", MainType + "slideMaster+xml", PresentationTemplates.SlideMaster)
            .Relate("ppt/slideMasters/slideMaster1.xml", "rId1", RelationshipTypes.SlideLayout, "../slideLayouts/slideLayout1.xml")
            .Relate("ppt/slideMasters/slideMaster1.xml", "rId2", RelationshipTypes.Theme, "../theme/theme1.xml")
            .AddPart("ppt/slideLayouts/slideLayout1.xml", MainType + "slideLayout+xml", PresentationTemplates.SlideLayout)
            .Relate("ppt/slideLayouts/slideLayout1.xml", "rId1", RelationshipTypes.SlideMaster, "../slideMasters/slideMaster1.xml");

        for (var i = 1; i <= count; i++)
        {
            var slide = _slides[i - 1];
            var path = $"ppt/slides/slide{i}.xml";
            package.AddPart(path, MainType + "slide+xml", SlideXml(slide))
                .Relate(path, "rId1", RelationshipTypes.SlideLayout, "../slideLayouts/slideLayout1.xml");
            if (slide.Notes is not null)
            {
                var notesPath = $"ppt/notesSlides/notesSlide{i}.xml";
                package.Relate(path, "rId2", RelationshipTypes.NotesSlide, $"../notesSlides/notesSlide{i}.xml")
                    .AddPart(notesPath, MainType + "notesSlide+xml", NotesXml(slide.Notes))
                    .Relate(notesPath, "rId1", RelationshipTypes.NotesMaster, "../notesMasters/notesMaster1.xml")
                    .Relate(notesPath, "rId2", RelationshipTypes.Slide, $"../slides/slide{i}.xml");
            }
        }

        package
            .AddPart("ppt/notesMasters/notesMaster1.xml", MainType + "notesMaster+xml", PresentationTemplates.NotesMaster)
            .Relate("ppt/notesMasters/notesMaster1.xml", "rId1", RelationshipTypes.Theme, "../theme/theme2.xml")
            .AddPart("ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml", PresentationTemplates.Theme)
            .AddPart("ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml", PresentationTemplates.Theme);
        properties.AddTo(package);
        var bytes = package.Build();
        OoxmlValidation.Validate(bytes, properties.Title);
        return bytes;
    }

    private string PresentationXml()
    {
        var slides = new StringBuilder();
        for (var i = 1; i <= _slides.Count; i++)
        {
            slides.Append($"<p:sldId id=\"{255 + i}\" r:id=\"rId{i + 1}\"/>");
        }

        return Xml.Declaration +
               $"<p:presentation {Namespaces} saveSubsetFonts=\"1\">" +
               "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>" +
               $"<p:notesMasterIdLst><p:notesMasterId r:id=\"rId{_slides.Count + 2}\"/></p:notesMasterIdLst>" +
               $"<p:sldIdLst>{slides}</p:sldIdLst>" +
               "<p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>";
    }

    private static string SlideXml(SlideContent slide)
    {
        var content = slide.Table is { } table
            ? Table(3, table)
            : Placeholder(3, "內容版面配置區 2", "idx=\"1\"", null, slide.Bullets.Select(TextParagraph).ToArray());
        return Xml.Declaration +
               $"<p:sld {Namespaces}><p:cSld><p:spTree>{GroupShape}" +
               Placeholder(2, "標題 1", "type=\"title\"", null, TextParagraph(slide.Title)) + content +
               "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>";
    }

    private static string NotesXml(string notes) =>
        Xml.Declaration +
        $"<p:notes {Namespaces}><p:cSld><p:spTree>{GroupShape}" +
        Placeholder(2, "備忘稿版面配置區 1", "type=\"body\" idx=\"1\"", null,
            notes.Split('\n').Select(TextParagraph).ToArray()) +
        "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>";
}
