using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// Reads the cells of one worksheet with the SAX-like reader, one row at a time, so that sheets of
/// hundreds of thousands of cells stay cheap: one segment per non-empty cell (path <c>名冊!B2</c>),
/// hidden when its sheet, row or column is hidden or its format shows nothing; string literals of
/// formulas as hidden text; page header and footer text.
/// </summary>
internal sealed partial class WorksheetReader(
    string sheetName, bool sheetHidden, SharedStringList sharedStrings, CellNumberFormats formats, ExtractionContext context)
{
    private readonly List<(uint Min, uint Max)> _hiddenColumns = [];

    public void Read(WorksheetPart part, CancellationToken cancellationToken)
    {
        using var reader = OpenXmlReader.Create(part);
        uint rowIndex = 0;
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(Column))
            {
                NoteColumn((Column)reader.LoadCurrentElement()!);
            }
            else if (reader.ElementType == typeof(Row))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var row = (Row)reader.LoadCurrentElement()!;
                rowIndex = row.RowIndex?.Value ?? rowIndex + 1;
                ReadRow(row, rowIndex);
            }
            else if (reader.ElementType == typeof(HeaderFooter))
            {
                ReadHeaderFooter(reader.LoadCurrentElement()!);
            }
        }
    }

    private void NoteColumn(Column column)
    {
        if (column.Hidden?.Value == true || column.Width?.Value == 0)
        {
            _hiddenColumns.Add((column.Min?.Value ?? 0, column.Max?.Value ?? 0));
        }
    }

    private void ReadRow(Row row, uint rowIndex)
    {
        var rowHidden = row.Hidden?.Value == true || (row.CustomHeight?.Value == true && row.Height?.Value == 0);
        uint columnIndex = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var reference = cell.CellReference?.Value;
            var parsedColumn = reference is null ? 0 : SpreadsheetText.ColumnIndex(reference);
            columnIndex = parsedColumn > 0 ? parsedColumn : columnIndex + 1;
            reference = parsedColumn > 0 ? reference! : SpreadsheetText.ColumnName(columnIndex) + rowIndex;

            var path = $"{sheetName}!{reference}";
            var hidden = sheetHidden || rowHidden || IsColumnHidden(columnIndex);
            var (text, invisible) = CellText(cell);
            if (text is not null)
            {
                context.Add(new TextSegment(text, SegmentSources.Sheet, path, Hidden: hidden || invisible,
                    Cell: new CellPosition(sheetName, (int)rowIndex - 1, (int)columnIndex - 1)));
            }

            if (cell.CellFormula?.Text is { } formula && QuotedLiteral.IsIn(formula))
            {
                context.Add(formula, SegmentSources.HiddenText, path, hidden: true);
            }
        }
    }

    private (string? Text, bool Invisible) CellText(Cell cell)
    {
        var raw = cell.CellValue?.Text;
        var format = formats.ForStyle(cell.StyleIndex?.Value);
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return (cell.InlineString is { } inline ? SpreadsheetText.RichText(inline) : raw, format.HidesText);
        }

        if (raw is null)
        {
            return (null, false);
        }

        if (type == CellValues.SharedString)
        {
            // A string the table does not have is counted, not shown: its index is not the cell's text.
            return sharedStrings.TryGet(raw, out var text) ? (text, format.HidesText) : (null, false);
        }

        if (type == CellValues.Boolean)
        {
            return (raw == "1" ? "TRUE" : "FALSE", false);
        }

        if (type == CellValues.String)
        {
            return (raw, format.HidesText);
        }

        if (type == CellValues.Error || type == CellValues.Date)
        {
            return (raw, false);
        }

        return format.Format(raw, formats.Date1904);
    }

    private bool IsColumnHidden(uint column)
    {
        foreach (var (min, max) in _hiddenColumns)
        {
            if (column >= min && column <= max)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Printed page headers and footers (<c>&amp;L</c>, <c>&amp;"Font"</c> and other codes removed).</summary>
    private void ReadHeaderFooter(OpenXmlElement headerFooter)
    {
        foreach (var part in headerFooter.ChildElements)
        {
            var source = part.LocalName.Contains("Header", StringComparison.Ordinal) ? SegmentSources.Header : SegmentSources.Footer;
            context.Add(HeaderFooterText(part.InnerText), source, $"{sheetName}#{part.LocalName}", hidden: sheetHidden);
        }
    }

    /// <summary>Header or footer text without its formatting codes (<c>&amp;L</c>, <c>&amp;"Font"</c>, …).</summary>
    public static string HeaderFooterText(string text) =>
        FormattingCode().Replace(text, match => match.Value == "&&" ? "&" : " ");

    [GeneratedRegex("&&|&\"[^\"]*\"|&K[0-9A-Fa-f]{6}|&K\\d\\d[+-]\\d{3}|&\\d+|&[A-Za-z]")]
    private static partial Regex FormattingCode();
}
