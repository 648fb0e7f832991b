using DocScan.Core.Extraction.OpenXml;
using DocScan.Core.Formats;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DocScan.Core.Extraction;

/// <summary>
/// Reads .xlsx/.xlsm: every sheet, hidden and very hidden ones included (their text is hidden), its
/// name, its cells as displayed, comments, shapes, headers and footers; then what the workbook keeps
/// out of sight (pivot caches, linked values), document properties and the parts every OOXML package
/// can carry. Date cells are shown as <c>yyyy/M/d</c> when their format is a date; times keep the serial number.
/// Sheets the workbook does not lead to, and parts the package's structure does not, are still read.
/// </summary>
internal sealed class SpreadsheetExtractor : IDocumentExtractor
{
    public bool CanExtract(FileFormat format) => format is FileFormat.Xlsx or FileFormat.Xlsm;

    public async Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        using var opened = OoxmlPackages.Open(input, context, stream => SpreadsheetDocument.Open(stream, false), cancellationToken);
        var failures = new PartFailures(context, input.Name);
        var workbook = opened.Package?.WorkbookPart;
        var sharedStrings = SharedStringSource.Load(workbook?.SharedStringTablePart, opened.Structure, context, cancellationToken);

        if (opened.Package is { } document)
        {
            if (workbook is null)
            {
                context.AddProblem(ProblemCodes.Corrupt,
                    $"「{failures.DocumentDisplay}」找不到 Excel 活頁簿內容（xl/workbook.xml），工作表無法依活頁簿讀取。");
            }
            else
            {
                ReadWorkbook(workbook, opened.Structure.Reached(workbook), sharedStrings, failures, context, cancellationToken);
            }

            failures.Guard("docProps", () => DocumentPropertiesReader.Read(document, context));
            await PackagePartsReader.ReadAsync(document, failures, context, cancellationToken).ConfigureAwait(false);
        }

        await UnreachedPartsReader.ReadAsync(opened.Structure, failures, context, sharedStrings, cancellationToken).ConfigureAwait(false);
    }

    /// <param name="whole">False when workbook.xml was damaged: the SDK then sees it empty, without its list of sheets.</param>
    private static void ReadWorkbook(
        WorkbookPart workbook, bool whole, SharedStringList sharedStrings, PartFailures failures, ExtractionContext context,
        CancellationToken cancellationToken)
    {
        var formats = CellNumberFormats.Load(workbook);
        var read = new HashSet<WorksheetPart>();
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            failures.Guard(sheet.Name?.Value ?? "", () => ReadSheet(sheet, workbook, sharedStrings, formats, read, failures, context, cancellationToken));
        }

        // A worksheet the workbook relates to but does not list has no tab in Excel; its cells leave with the file.
        // When the list itself was damaged, that damage is the problem already reported.
        var unlisted = workbook.WorksheetParts.Where(read.Add).ToList();
        if (unlisted.Count > 0 && whole)
        {
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{failures.DocumentDisplay}」的活頁簿未列出工作表 {string.Join("、", unlisted.Select(PartPaths.PathOf))}（套件結構不完整），已直接讀取其中的儲存格檢查。");
        }

        // Hidden when the workbook is whole and left them out; a damaged one may have listed them as tabs.
        foreach (var worksheet in unlisted)
        {
            var path = PartPaths.PathOf(worksheet);
            failures.Guard(path, () => ReadCells(worksheet, path, hidden: whole, sharedStrings, formats, context, cancellationToken));
        }

        failures.Guard(PartPaths.PathOf(workbook), () => WorkbookHiddenDataReader.Read(workbook, context, cancellationToken));
    }

    private static void ReadSheet(
        Sheet sheet, WorkbookPart workbook, SharedStringList sharedStrings, CellNumberFormats formats, HashSet<WorksheetPart> read,
        PartFailures failures, ExtractionContext context, CancellationToken cancellationToken)
    {
        var name = sheet.Name?.Value ?? "";
        var state = sheet.State?.Value;
        var hidden = state == SheetStateValues.Hidden || state == SheetStateValues.VeryHidden;
        context.Add(name, SegmentSources.Sheet, name, hidden: hidden);

        if (sheet.Id?.Value is not { } id || !workbook.TryGetPartById(id, out var part))
        {
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{failures.DocumentDisplay}」的工作表「{name}」找不到內容，未能完整掃描。");
            return;
        }

        if (part is not WorksheetPart worksheet)
        {
            // Chart sheets and dialog sheets hold no cells; their charts and shapes are package parts.
            return;
        }

        read.Add(worksheet);
        ReadCells(worksheet, name, hidden, sharedStrings, formats, context, cancellationToken);
    }

    private static void ReadCells(
        WorksheetPart worksheet, string name, bool hidden, SharedStringList sharedStrings, CellNumberFormats formats,
        ExtractionContext context, CancellationToken cancellationToken)
    {
        new WorksheetReader(name, hidden, sharedStrings, formats, context).Read(worksheet, cancellationToken);
        WorksheetCommentsReader.Read(worksheet, name, context);
        if (worksheet.DrawingsPart is { WorksheetDrawing: { } drawing } drawings)
        {
            var sink = new List<TextSegment>();
            new DrawingText(PartPaths.PathOf(drawings), null).Walk(drawing, SegmentSources.TextBox, hidden, sink);
            sink.AddTo(context);
        }
    }
}
