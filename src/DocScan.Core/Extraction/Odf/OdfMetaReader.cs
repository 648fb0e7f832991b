using System.Xml.Linq;
using static DocScan.Core.Extraction.Odf.OdfNames;

namespace DocScan.Core.Extraction.Odf;

/// <summary>
/// Document properties of meta.xml (File → Properties) as hidden <c>metadata</c> segments whose path
/// names the property as ODF spells it (<c>meta.xml#meta:initial-creator</c>), and user-defined ones by
/// their own name (<c>meta.xml#承辦人</c>), as custom properties are named in OOXML.
/// </summary>
internal static class OdfMetaReader
{
    private static readonly XName[] Properties =
    [
        Meta + "initial-creator", Dc + "creator", Meta + "printed-by", Dc + "title", Dc + "subject",
        Dc + "description", Meta + "keyword",
    ];

    public static void Read(XElement? metaRoot, string path, ExtractionContext context)
    {
        var meta = metaRoot?.Element(Office + "meta");
        if (meta is null)
        {
            return;
        }

        foreach (var element in meta.Elements())
        {
            if (Properties.Contains(element.Name))
            {
                var prefix = element.Name.Namespace == Dc ? "dc" : "meta";
                context.Add(element.Value, SegmentSources.Metadata, $"{path}#{prefix}:{element.Name.LocalName}", hidden: true);
            }
            else if (element.Name == Meta + "user-defined")
            {
                context.Add(element.Value, SegmentSources.Metadata, $"{path}#{(string?)element.Attribute(Meta + "name")}", hidden: true);
            }
        }
    }
}
