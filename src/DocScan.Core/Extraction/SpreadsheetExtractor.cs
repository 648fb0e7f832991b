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
/// </summary>
public sealed class SpreadsheetExtractor : IDocumentExtractor
{
    public bool CanExtract(FileFormat format) => format is FileFormat.Xlsx or FileFormat.Xlsm;

    public async Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        using var document = OoxmlPackages.Open(input, context, stream => SpreadsheetDocument.Open(stream, false), cancellationToken);
        var workbook = document.WorkbookPart
            ?? throw new ScanProblemException(ProblemCodes.Corrupt, "找不到 Excel 活頁簿內容（xl/workbook.xml），檔案可能已損毀。");
        var failures = new PartFailures(context, input.Name);

        // Cells cannot be read without these two; a failure here stops the document (reported as corrupt).
        var sharedStrings = SpreadsheetText.LoadSharedStrings(workbook.SharedStringTablePart, cancellationToken);
        var formats = CellNumberFormats.Load(workbook);

        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            failures.Guard(sheet.Name?.Value ?? "", () => ReadSheet(sheet, workbook, sharedStrings, formats, failures, context, cancellationToken));
        }

        failures.Guard(PartPaths.PathOf(workbook), () => WorkbookHiddenDataReader.Read(workbook, context, cancellationToken));
        failures.Guard("docProps", () => DocumentPropertiesReader.Read(document, context));
        await PackagePartsReader.ReadAsync(document, failures, context, cancellationToken).ConfigureAwait(false);
    }

    private static void ReadSheet(
        Sheet sheet, WorkbookPart workbook, List<string> sharedStrings, CellNumberFormats formats,
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
