using DocScan.Core.Formats;
using DocScan.Core.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace DocScan.Core.Extraction;

/// <summary>
/// Reads a PDF: page text line by line, annotations, form values, document properties, XMP and
/// embedded files. A page that cannot be read, or that is only a scanned image, becomes a problem
/// and the other pages are still read.
/// </summary>
internal sealed class PdfExtractor : IDocumentExtractor
{
    // A scanned page may still carry a few real characters (a stamped page number, a running header);
    // below this many non-blank characters an image page counts as image-only.
    private const int MinTextCharsOnImagePage = 20;

    public bool CanExtract(FileFormat format) => format is FileFormat.Pdf;

    public async Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        var display = context.DocumentWords(input.Name);
        var faults = new PdfReadFaults();
        using var document = PdfDocumentOpener.Open(input.Content, display, context, faults, out var repaired);
        var reader = new PdfObjectReader(document);
        var completeness = new PdfPageCompleteness(faults, display);

        PdfMetadataReader.Read(document, reader, display, context);

        var fileSpecs = new List<PdfFileSpec>();
        var imageOnly = new List<(int Number, int? Pixels)>();
        using var pages = new PdfPageReader(() => PdfDocumentOpener.Reopen(input.Content, repaired, faults));
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            faults.CurrentPage = number;
            if (ReadPage(pages, number, display, context, completeness, imageOnly) is { } page)
            {
                ReadAnnotations(page, reader, display, context, fileSpecs);
            }
        }

        // Scanned pages: read by OCR (rendered by pdftoppm), or needs-ocr when OCR is off or cannot run.
        await OcrReading.ReadPdfPagesAsync(context, input.Content, imageOnly, display, SegmentSources.Page,
            number => $"page/{number}", number => $"第 {number} 頁", cancellationToken).ConfigureAwait(false);

        ReadFormFields(document, display, context);

        try
        {
            fileSpecs.AddRange(PdfEmbeddedFiles.FromNameTree(document, reader));
        }
        catch (Exception ex) when (PdfDocumentOpener.IsParseFailure(ex))
        {
            context.AddProblem(ProblemCodes.Corrupt, $"「{display}」的內嵌附件清單無法讀取（{ex.GetType().Name}），附件未檢查。");
        }

        await ExtractEmbeddedFilesAsync(fileSpecs, reader, display, context, cancellationToken).ConfigureAwait(false);
        completeness.Report(context);
    }

    private static Page? ReadPage(PdfPageReader pages, int number, string display, ExtractionContext context, PdfPageCompleteness completeness,
        List<(int Number, int? Pixels)> imageOnly)
    {
        Page page;
        string text;
        bool hasImages;
        try
        {
            page = pages.GetPage(number);
            text = ContentOrderTextExtractor.GetText(page);
            hasImages = page.NumberOfImages > 0;
        }
        catch (Exception ex) when (PdfDocumentOpener.IsParseFailure(ex))
        {
            context.AddProblem(ProblemCodes.Corrupt, $"「{display}」第 {number} 頁無法解析（{ex.GetType().Name}），該頁內容未檢查。");
            return null;
        }

        completeness.Check(page, text);

        var lines = text.Split('\n').Select(line => CjkSpacing.RemoveInjectedSpaces(line.TrimEnd('\r'))).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            context.Add(lines[i], SegmentSources.Page, $"page/{number}", number);
            if (i + 1 < lines.Length && PdfWrappedValues.Joint(lines[i], lines[i + 1]) is { } joint)
            {
                context.Add(joint, SegmentSources.Page, $"page/{number}", number);
            }
        }

        if (hasImages && text.Count(c => !char.IsWhiteSpace(c)) < MinTextCharsOnImagePage)
        {
            imageOnly.Add((number, PageImages.LargestImageSide(page)));
        }

        return page;
    }

    private static void ReadAnnotations(Page page, PdfObjectReader reader, string display, ExtractionContext context, List<PdfFileSpec> fileSpecs)
    {
        var notes = new List<(string Text, string Path, bool Hidden)>();
        try
        {
            foreach (var annotation in page.GetAnnotations())
            {
                // Widgets are form fields (read from the form); a popup only shows its parent's text.
                if (annotation.Type is AnnotationType.Widget or AnnotationType.Popup)
                {
                    continue;
                }

                var path = $"page/{page.Number}/annotation";
                if (annotation.Content is { } content)
                {
                    // A free-text annotation is printed on the page; a sticky note only opens on click.
                    notes.Add((content, path, annotation.Type != AnnotationType.FreeText));
                }

                if (reader.Text(annotation.AnnotationDictionary, "T") is { } author)
                {
                    notes.Add((author, path + "/author", true));
                }

                if (annotation.Type == AnnotationType.FileAttachment
                    && PdfEmbeddedFiles.FromAnnotation(annotation.AnnotationDictionary, reader) is { } spec)
                {
                    fileSpecs.Add(spec);
                }
            }
        }
        catch (Exception ex) when (PdfDocumentOpener.IsParseFailure(ex))
        {
            context.AddProblem(ProblemCodes.Corrupt, $"「{display}」第 {page.Number} 頁的註解無法讀取（{ex.GetType().Name}），註解內容未檢查。");
        }

        foreach (var (text, path, hidden) in notes)
        {
            context.Add(text, SegmentSources.Comment, path, page.Number, hidden);
        }
    }

    private static void ReadFormFields(PdfDocument document, string display, ExtractionContext context)
    {
        List<(string Name, string Value, int? Page)> fields;
        try
        {
            fields = PdfFormFields.Read(document);
        }
        catch (Exception ex) when (PdfDocumentOpener.IsParseFailure(ex))
        {
            context.AddProblem(ProblemCodes.Corrupt, $"「{display}」的表單欄位無法讀取（{ex.GetType().Name}），填寫內容未檢查。");
            return;
        }

        foreach (var (name, value, page) in fields)
        {
            context.Add(value, SegmentSources.Page, $"form/{name}", page);
        }
    }

    private static async Task ExtractEmbeddedFilesAsync(
        List<PdfFileSpec> fileSpecs, PdfObjectReader reader, string display, ExtractionContext context,
        CancellationToken cancellationToken)
    {
        var seen = new HashSet<IndirectReference>();
        var count = 0;
        foreach (var spec in fileSpecs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (string? Name, ReadOnlyMemory<byte> Content)? file;
            try
            {
                if (PdfEmbeddedFiles.StreamReference(spec, reader) is { } reference && !seen.Add(reference))
                {
                    continue;
                }

                file = PdfEmbeddedFiles.Read(spec, reader);
            }
            catch (Exception ex) when (PdfDocumentOpener.IsParseFailure(ex))
            {
                context.AddProblem(ProblemCodes.Corrupt,
                    $"「{display}」的內嵌附件「{spec.Key ?? "（未命名）"}」無法讀取（{ex.GetType().Name}），未檢查。");
                continue;
            }

            if (file is not { } embedded)
            {
                continue;
            }

            count++;
            context.ChargeExpandedBytes(embedded.Content.Length);
            await context.ExtractNestedAsync(embedded.Content, embedded.Name ?? $"attachment-{count}", cancellationToken)
                .ConfigureAwait(false);
        }
    }
}
