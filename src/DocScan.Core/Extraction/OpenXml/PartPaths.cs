using DocumentFormat.OpenXml.Packaging;

namespace DocScan.Core.Extraction.OpenXml;

internal static class PartPaths
{
    /// <summary>The part name as a report shows it: <c>word/header1.xml</c>, without the leading slash.</summary>
    public static string PathOf(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');

    /// <summary>The part name as the package's zip entry names it, to compare with <see cref="PackageInventory"/>.</summary>
    public static string NameOf(OpenXmlPart part) => PackageInventory.PartName(part.Uri.OriginalString);
}
