using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocScan.Core.Ocr;
using A = DocumentFormat.OpenXml.Drawing;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// Parts any OOXML package can carry besides its main content: charts, SmartArt, custom XML data,
/// embedded documents and OLE objects (scanned as attachments: an OLE object is a compound file that the
/// legacy reader opens through the document it wraps), link targets (hyperlinks, linked files, the attached
/// template's path), and pictures (read by OCR; needs-ocr without it unless tiny).
/// </summary>
internal static class PackagePartsReader
{
    public static async Task ReadAsync(
        OpenXmlPackage package, PartFailures failures, ExtractionContext context, CancellationToken cancellationToken)
    {
        var sink = new List<TextSegment>();
        foreach (var part in package.GetAllParts())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = PartPaths.PathOf(part);
            byte[]? embedded = null;
            failures.Guard(path, () =>
            {
                embedded = ReadPart(part, path, sink);
                ReadLinks(part, path, sink);
            });
            sink.AddTo(context);
            if (embedded is not null)
            {
                await context.ExtractNestedAsync(embedded, path, cancellationToken).ConfigureAwait(false);
            }

            // Pictures (word/media, xl/media, ppt/media): a screenshot of a query screen pasted into a
            // letter is read as an image file attached to it is, so its draft is painted as one. Without
            // OCR one large enough to hold text is needs-ocr, as an image-only page is; vector pictures
            // (EMF, WMF) hold text as drawing commands, not pixels.
            if (part is ImagePart && PictureFiles.IsRaster(part.Uri.OriginalString))
            {
                byte[]? image = null;
                failures.Guard(path, () => image = ReadAllBytes(part));
                if (image is not null)
                {
                    await context.ExtractNestedAsync(image, path, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Adds the text of a part to <paramref name="sink"/>; returns the bytes of an embedded document to scan on its own.</summary>
    private static byte[]? ReadPart(OpenXmlPart part, string path, List<TextSegment> sink)
    {
        switch (part)
        {
            case ChartPart or ExtendedChartPart:
                ReadChart(part, path, sink);
                break;
            case ChartDrawingPart { UserShapes: { } shapes }:
                new DrawingText(path, null).Walk(shapes, SegmentSources.TextBox, hidden: false, sink);
                break;
            case DiagramDataPart { DataModelRoot: { } diagram }:
                new DrawingText(path, null).Walk(diagram, SegmentSources.TextBox, hidden: false, sink);
                break;
            case CustomXmlPart:
                ReadCustomXml(part, path, sink);
                break;
            case EmbeddedPackagePart or AlternativeFormatImportPart or EmbeddedObjectPart:
                return ReadAllBytes(part);
        }

        return null;
    }

    private static void ReadChart(OpenXmlPart part, string path, List<TextSegment> sink)
    {
        if (part.RootElement is not { } root)
        {
            return;
        }

        foreach (var paragraph in root.Descendants<A.Paragraph>())
        {
            sink.Add(new TextSegment(DrawingText.ParagraphText(paragraph), SegmentSources.TextBox, path));
        }

        // Category and series labels are cached in the chart (c:strCache, cx:lvl), one c:pt per label.
        foreach (var cache in root.Descendants().Where(e => e.LocalName is "strCache" or "lvl"))
        {
            var labels = cache.ChildElements.Where(e => e.LocalName == "pt").Select(e => e.InnerText);
            sink.Add(new TextSegment(string.Join("\n", labels), SegmentSources.TextBox, path));
        }
    }

    /// <summary>Custom XML data (cover page fields, data bound to content controls): every text node.</summary>
    private static void ReadCustomXml(OpenXmlPart part, string path, List<TextSegment> sink)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
            {
                sink.Add(new TextSegment(reader.Value, SegmentSources.Metadata, path, Hidden: true));
            }
        }
    }

    private static void ReadLinks(OpenXmlPart part, string path, List<TextSegment> sink)
    {
        var targets = part.HyperlinkRelationships.Select(r => r.Uri)
            .Concat(part.ExternalRelationships.Select(r => r.Uri));
        foreach (var target in targets)
        {
            sink.Add(new TextSegment(Uri.UnescapeDataString(target.OriginalString), SegmentSources.HiddenText, $"{path}#link", Hidden: true));
        }
    }

    private static byte[] ReadAllBytes(OpenXmlPart part)
    {
        // The package passed ZipGuard, so this part's real size is already bounded and charged.
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
