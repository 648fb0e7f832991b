using DocScan.Core.Extraction.OpenXml;
using static DocScan.Core.Extraction.Odf.OdfNames;

namespace DocScan.Core.Extraction.Odf;

/// <summary>
/// Reads one ODF document (the main one or an embedded object): its body as text, sheets or slides,
/// the headers and footers of its master pages, the authors of its comments and revisions, and its
/// properties. Each part is guarded on its own, so one broken part does not hide the others.
/// </summary>
internal static class OdfDocumentReader
{
    public static void Read(OdfDocumentParts document, PartFailures failures, ExtractionContext context, CancellationToken cancellationToken)
    {
        failures.Guard(document.ContentPath, () => ReadContent(document, context, cancellationToken));
        failures.Guard(document.StylesPath, () =>
        {
            // Changes to headers are recorded with the body's, in content.xml.
            var walker = new OdfTextWalker(OdfStyles.For(document.Styles, document.Styles), document.StylesPath, OdfDeletions.In(document.Content));
            OdfMasterPages.Read(document.Styles, walker, document.StylesPath, context);
            AddAuthors(walker, document.StylesPath, context);
        });
        failures.Guard(document.MetaPath, () => OdfMetaReader.Read(document.Meta, document.MetaPath, context));
    }

    private static void ReadContent(OdfDocumentParts document, ExtractionContext context, CancellationToken cancellationToken)
    {
        var path = document.ContentPath;
        var styles = OdfStyles.For(document.Content, document.Styles);
        var walker = new OdfTextWalker(styles, path, OdfDeletions.In(document.Content));
        var sink = new List<TextSegment>();
        if (document.Content is { } root && root.Element(Office + "body") is null)
        {
            // Well-formed XML that is not ODF content (a renamed root or namespace): nothing would be read
            // as a document, so its text is read as it stands and the damage reported.
            context.AddProblem(ProblemCodes.Corrupt, $"「{context.PathPrefix}{path}」不是有效的 ODF 內容（找不到 office:body），已直接讀取其中的文字檢查。");
            context.Add(OdfXml.TextOf(root), SegmentSources.Body, path);
            return;
        }

        foreach (var body in document.Content?.Element(Office + "body")?.Elements() ?? [])
        {
            if (body.Name == Office + "spreadsheet")
            {
                new OdfSheetReader(styles, walker, context, cancellationToken).Read(body, path);
            }
            else if (body.Name == Office + "presentation")
            {
                new OdfSlideReader(styles, walker, path, context, cancellationToken).Read(body);
            }
            else
            {
                // office:text, and the chart, drawing or formula of an embedded object: read element by element.
                foreach (var element in body.Elements())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    walker.Walk(element, new OdfPlace(SegmentSources.Body, false, path), sink);
                    sink.AddTo(context);
                }
            }
        }

        AddAuthors(walker, path, context);
    }

    private static void AddAuthors(OdfTextWalker walker, string path, ExtractionContext context)
    {
        foreach (var author in walker.Authors)
        {
            context.Add(author, SegmentSources.Metadata, $"{path}#author", hidden: true);
        }
    }
}
