using DocScan.Core.Extraction.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DocScan.Redaction.Ooxml;

/// <summary>
/// Cells whose shown text is not stored as text: numbers and dates (a birth date is a serial number
/// shown through its format) and formula results (a formula would compute the value again on open).
/// Such a cell that shows a target becomes a plain text cell holding the masked text.
/// </summary>
internal static class SpreadsheetCells
{
    public static byte[] Mask(byte[] content, DraftInput input)
    {
        using var stream = new MemoryStream();
        stream.Write(content);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            if (document.WorkbookPart is { } workbook)
            {
                Mask(workbook, input);
            }
        }

        return stream.ToArray();
    }

    private static void Mask(WorkbookPart workbook, DraftInput input)
    {
        var formats = CellNumberFormats.Load(workbook);
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
            .Select(SpreadsheetText.RichText).ToList() ?? [];
        var converted = 0;
        var formulas = 0;
        foreach (var sheet in workbook.WorksheetParts)
        {
            foreach (var cell in sheet.Worksheet?.Descendants<Cell>() ?? [])
            {
                if (Shown(cell, formats, shared) is not { } text)
                {
                    continue;
                }

                var masked = input.Plan.Apply(text);
                var isStored = cell.DataType?.Value == CellValues.SharedString || cell.DataType?.Value == CellValues.InlineString;
                if (masked == text || isStored && cell.CellFormula is null)
                {
                    continue; // stored text is masked where it is stored (shared strings, inline strings)
                }

                formulas += cell.CellFormula is null ? 0 : 1;
                cell.CellFormula = null;
                cell.CellValue = null;
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(masked));
                converted++;
            }
        }

        if (formulas > 0 && workbook.CalculationChainPart is { } chain)
        {
            // The chain lists cells with formulas; one listing a cell without one makes Excel repair the file.
            workbook.DeletePart(chain);
        }

        if (converted > 0)
        {
            input.Log.Note($"「{input.Display}」：{converted} 個數值、日期或公式儲存格含個資，已改為遮蔽後的文字" +
                (formulas > 0 ? $"（其中 {formulas} 個公式已移除，以免開啟時重算出原值）。" : "。"));
        }
    }

    private static string? Shown(Cell cell, CellNumberFormats formats, List<string> shared)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? SpreadsheetText.RichText(inline) : raw;
        }

        if (raw is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, out var index) && index >= 0 && index < shared.Count ? shared[index] : raw;
        }

        if (type == CellValues.String || type == CellValues.Boolean || type == CellValues.Error || type == CellValues.Date)
        {
            return raw;
        }

        return formats.ForStyle(cell.StyleIndex?.Value).Format(raw, formats.Date1904).Text;
    }
}
