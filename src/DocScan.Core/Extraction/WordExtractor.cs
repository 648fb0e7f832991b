using DocScan.Core.Extraction.OpenXml;
using DocScan.Core.Formats;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocScan.Core.Extraction;

/// <summary>
/// Reads .docx/.docm: body, tables, headers, footers, footnotes, endnotes, comments, text boxes,
/// tracked changes, hidden text, building blocks, document variables and properties, and the
/// parts every OOXML package can carry (charts, SmartArt, embedded documents, links); then the parts
/// the package's structure does not lead to.
/// </summary>
internal sealed class WordExtractor : IDocumentExtractor
{
    // Depth of the elements loaded one at a time: w:document/w:body/(w:p|w:tbl), w:hdr/w:p, w:footnotes/w:footnote.
    private const int BodyChildDepth = 2;
    private const int PartChildDepth = 1;

    public bool CanExtract(FileFormat format) => format is FileFormat.Docx or FileFormat.Docm;

    public async Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        using var opened = OoxmlPackages.Open(input, context, stream => WordprocessingDocument.Open(stream, false), cancellationToken);
        var failures = new PartFailures(context, input.Name);
        if (opened.Package is { } document)
        {
            if (document.MainDocumentPart is { } main)
            {
                ReadDocument(main, failures, context, cancellationToken);
            }
            else
            {
                context.AddProblem(ProblemCodes.Corrupt,
                    $"「{failures.DocumentDisplay}」找不到 Word 文件本文（word/document.xml），本文無法依文件結構讀取。");
            }

            failures.Guard("docProps", () => DocumentPropertiesReader.Read(document, context));
            await PackagePartsReader.ReadAsync(document, failures, context, cancellationToken).ConfigureAwait(false);
        }

        await UnreachedPartsReader.ReadAsync(opened.Structure, failures, context, null, cancellationToken).ConfigureAwait(false);
    }

    private static void ReadDocument(MainDocumentPart main, PartFailures failures, ExtractionContext context, CancellationToken cancellationToken)
    {
        var styles = WordHiddenStyles.None;
        if (main.StyleDefinitionsPart is { } stylesPart)
        {
            failures.Guard(PartPaths.PathOf(stylesPart), () => styles = WordHiddenStyles.Load(stylesPart));
        }

        var parts = new PartReader(styles, context, failures, cancellationToken);

        parts.Read(main, BodyChildDepth, new WordPlace(SegmentSources.Body, false));
        foreach (var header in main.HeaderParts)
        {
            parts.Read(header, PartChildDepth, new WordPlace(SegmentSources.Header, false));
        }

        foreach (var footer in main.FooterParts)
        {
            parts.Read(footer, PartChildDepth, new WordPlace(SegmentSources.Footer, false));
        }

        parts.Read(main.FootnotesPart, PartChildDepth, new WordPlace(SegmentSources.Footnote, false));
        parts.Read(main.EndnotesPart, PartChildDepth, new WordPlace(SegmentSources.Endnote, false));
        parts.Read(main.WordprocessingCommentsPart, PartChildDepth, new WordPlace(SegmentSources.Comment, true));

        // Building blocks saved in the file (w:glossaryDocument/w:docParts/w:docPart) are not shown in it.
        parts.Read(main.GlossaryDocumentPart, BodyChildDepth, new WordPlace(SegmentSources.HiddenText, true));

        if (main.DocumentSettingsPart is { } settings)
        {
            failures.Guard(PartPaths.PathOf(settings), () => ReadDocumentVariables(settings, context));
        }
    }

    /// <summary>Document variables (w:docVars) are a hidden store templates and records systems fill in.</summary>
    private static void ReadDocumentVariables(DocumentSettingsPart settings, ExtractionContext context)
    {
        var path = PartPaths.PathOf(settings);
        foreach (var variable in settings.Settings?.Descendants<DocumentVariable>() ?? [])
        {
            context.Add(variable.Val?.Value ?? "", SegmentSources.Metadata, $"{path}#docVar:{variable.Name?.Value}", hidden: true);
        }
    }

    private sealed class PartReader(
        WordHiddenStyles styles, ExtractionContext context, PartFailures failures, CancellationToken cancellationToken)
    {
        public void Read(OpenXmlPart? part, int depth, WordPlace place)
        {
            if (part is not null)
            {
                failures.Guard(PartPaths.PathOf(part), () => ReadElements(part, depth, place));
            }
        }

        private void ReadElements(OpenXmlPart part, int depth, WordPlace place)
        {
            var path = PartPaths.PathOf(part);
            var walker = new WordTextWalker(path, styles);
            var sink = new List<TextSegment>();
            foreach (var element in PartElements.AtDepth(part, depth, cancellationToken))
            {
                walker.Walk(element, place, sink);
                sink.AddTo(context);
            }

            foreach (var author in walker.Authors)
            {
                context.Add(author, SegmentSources.Metadata, $"{path}#author", hidden: true);
            }
        }
    }
}
