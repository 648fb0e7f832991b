using DocumentFormat.OpenXml.Packaging;

namespace DocScan.Core.Extraction.OpenXml;

internal static class PartPaths
{
    /// <summary>The part name as a report shows it: <c>word/header1.xml</c>, without the leading slash.</summary>
    public static string PathOf(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');
}
