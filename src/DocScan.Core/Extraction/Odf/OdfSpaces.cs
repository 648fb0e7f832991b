using System.Xml.Linq;

namespace DocScan.Core.Extraction.Odf;

/// <summary>The spaces a <c>text:s</c> stands for (<c>text:c</c>, default 1), as readers and draft writers both count them.</summary>
internal static class OdfSpaces
{
    // A hostile count must not allocate gigabytes; no layout needs more.
    private const int MaxSpaces = 1024;

    public static string Of(XElement space) =>
        new(' ', int.TryParse((string?)space.Attribute(OdfNames.Text + "c"), out var count) ? Math.Clamp(count, 1, MaxSpaces) : 1);
}
