using System.Xml.Linq;
using DocScan.Core.Extraction.OpenXml;
using static DocScan.Core.Extraction.Odf.OdfNames;

namespace DocScan.Core.Extraction.Odf;

/// <summary>
/// Headers and footers live in the master pages of styles.xml (<c>style:master-page</c>), for text
/// and spreadsheets alike; one switched off (<c>style:display="false"</c>) keeps its text, hidden.
/// A presentation's masters hold the shapes every slide shows.
/// </summary>
internal static class OdfMasterPages
{
    public static void Read(XElement? stylesRoot, OdfTextWalker walker, string path, ExtractionContext context)
    {
        var sink = new List<TextSegment>();
        foreach (var master in stylesRoot?.Element(Office + "master-styles")?.Elements(Style + "master-page") ?? [])
        {
            foreach (var child in master.Elements())
            {
                var source = child.Name.LocalName switch
                {
                    "header" or "header-left" or "header-first" => SegmentSources.Header,
                    "footer" or "footer-left" or "footer-first" => SegmentSources.Footer,
                    _ => SegmentSources.Slide,
                };
                var hidden = (string?)child.Attribute(Style + "display") == "false";
                if (source == SegmentSources.Slide)
                {
                    walker.Walk(child, new OdfPlace(source, hidden, path), sink);
                }
                else
                {
                    walker.WalkChildren(child, new OdfPlace(source, hidden, path), sink);
                }

                sink.AddTo(context);
            }
        }
    }
}
