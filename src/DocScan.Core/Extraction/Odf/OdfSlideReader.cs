using System.Xml.Linq;
using DocScan.Core.Extraction.OpenXml;
using static DocScan.Core.Extraction.Odf.OdfNames;

namespace DocScan.Core.Extraction.Odf;

/// <summary>
/// Reads the slides of <c>office:presentation</c> as the PowerPoint reader does: per <c>draw:page</c>
/// (Page = slide number) its shapes and tables, its speaker notes (<c>presentation:notes</c>, hidden)
/// and comments (hidden); a slide hidden by its page style keeps its text, hidden.
/// </summary>
internal sealed class OdfSlideReader(OdfStyles styles, OdfTextWalker walker, string path, ExtractionContext context, CancellationToken cancellationToken)
{
    public void Read(XElement presentation)
    {
        var number = 0;
        var sink = new List<TextSegment>();
        foreach (var page in presentation.Elements(Draw + "page"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            var hidden = styles.HidesPage((string?)page.Attribute(Draw + "style-name"))
                || (string?)page.Attribute(Presentation + "visibility") == "hidden";
            walker.BeginSlide($"{path}/slide{number}");
            walker.WalkChildren(page, new OdfPlace(SegmentSources.Slide, hidden, path, number), sink);
            foreach (var notes in page.Elements(Presentation + "notes"))
            {
                walker.WalkChildren(notes, new OdfPlace(SegmentSources.Notes, Hidden: true, path, number), sink);
            }

            sink.AddTo(context);
        }
    }
}
