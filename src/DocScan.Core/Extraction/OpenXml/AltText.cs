using DocumentFormat.OpenXml;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// The title and description of a picture or shape (<c>wp:docPr</c>, <c>p:cNvPr</c>, <c>xdr:cNvPr</c>):
/// only screen readers show them.
/// </summary>
internal static class AltText
{
    public static bool IsHolder(OpenXmlElement element) => element.LocalName is "docPr" or "cNvPr";

    public static void Add(OpenXmlElement holder, string path, int? page, List<TextSegment> sink)
    {
        foreach (var attribute in holder.GetAttributes())
        {
            if (attribute.LocalName is "descr" or "title" && attribute.NamespaceUri.Length == 0)
            {
                sink.Add(new TextSegment(attribute.Value ?? "", SegmentSources.HiddenText, path, page, Hidden: true));
            }
        }
    }
}
