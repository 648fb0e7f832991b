using System.Xml.Linq;

namespace DocScan.Core.Extraction.Odf;

/// <summary>One ODF document as read: the main one, or an embedded object (<c>Object 1/</c>).</summary>
/// <param name="Folder">"" for the main document, <c>Object 1/</c> for an object; prefixes its part paths.</param>
/// <param name="Content">Root of content.xml (for a flat document, its one root).</param>
/// <param name="Styles">Root of styles.xml (for a flat document, the same root).</param>
/// <param name="Meta">Root of meta.xml (for a flat document, the same root).</param>
internal sealed record OdfDocumentParts(string Folder, XElement? Content, XElement? Styles, XElement? Meta)
{
    public string ContentPath => Folder + OdfNames.ContentPart;
    public string StylesPath => Folder + OdfNames.StylesPart;
    public string MetaPath => Folder + OdfNames.MetaPart;
}

/// <param name="Documents">The main document first, then embedded objects.</param>
/// <param name="Macros">Where code is kept: Basic modules, scripts, a flat document's <c>office:scripts</c>.</param>
/// <param name="Embedded">Embedded files that are documents of their own (OLE objects), scanned as attachments.</param>
/// <param name="Pictures">Raster pictures (<c>Pictures/…png</c>), read by OCR, or needs-ocr without it unless tiny.</param>
internal sealed record OdfPackage(
    IReadOnlyList<OdfDocumentParts> Documents, IReadOnlyList<string> Macros, IReadOnlyList<(string Name, ReadOnlyMemory<byte> Content)> Embedded,
    IReadOnlyList<(string Name, ReadOnlyMemory<byte> Content)> Pictures);
