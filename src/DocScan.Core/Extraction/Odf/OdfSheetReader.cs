using System.Xml.Linq;
using DocScan.Core.Extraction.OpenXml;
using static DocScan.Core.Extraction.Odf.OdfNames;

namespace DocScan.Core.Extraction.Odf;

/// <summary>
/// Reads the sheets of <c>office:spreadsheet</c> as the Excel reader does: each sheet's name, its cells
/// as displayed (<c>名冊!C5</c>, with their position), hidden when the sheet (<c>table:display="false"</c>
/// on its style), the row or the column (<c>table:visibility</c> collapse or filter) is; cell comments,
/// a value the display does not show, string literals of formulas, and the sheet's shapes; then what the
/// workbook keeps beside its sheets (tracked changes' previous contents, validity messages), hidden.
/// </summary>
internal sealed class OdfSheetReader(OdfStyles styles, OdfTextWalker walker, ExtractionContext context, CancellationToken cancellationToken)
{
    public void Read(XElement spreadsheet, string path)
    {
        var sink = new List<TextSegment>();
        foreach (var element in spreadsheet.Elements())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (element.Name == Table + "table")
            {
                ReadSheet(element);
                continue;
            }

            // Calc keeps a changed cell's previous content and deleted cells in table:tracked-changes; validity
            // help and error messages, and other workbook-wide parts, are not on any sheet.
            var source = element.Name == Table + "tracked-changes" ? SegmentSources.TrackedDeletion : SegmentSources.HiddenText;
            walker.WalkChildren(element, new OdfPlace(source, Hidden: true, path), sink);
            sink.AddTo(context);
        }
    }

    private void ReadSheet(XElement sheet)
    {
        var name = (string?)sheet.Attribute(Table + "name") ?? "";
        var hidden = styles.HidesTable((string?)sheet.Attribute(Table + "style-name"))
            || (string?)sheet.Attribute(Table + "display") == "false";
        context.Add(name, SegmentSources.Sheet, name, hidden: hidden);

        var hiddenColumns = HiddenColumns(sheet);
        var sink = new List<TextSegment>();
        var row = 0;
        foreach (var (tableRow, rowRepeat) in OdfTableRows.Of(sheet))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rowHidden = hidden || OdfTableRows.IsHidden(tableRow);
            var column = 0;
            foreach (var (cell, columnRepeat) in OdfTableRows.Cells(tableRow))
            {
                if (cell.HasElements || cell.HasAttributes)
                {
                    ReadCell(cell, name, row, column, rowHidden || hiddenColumns.Contains(column), sink);
                    sink.AddTo(context);
                }

                column = OdfTableRows.Advance(column, columnRepeat);
            }

            row = OdfTableRows.Advance(row, rowRepeat);
        }

        foreach (var shapes in sheet.Elements(Table + "shapes"))
        {
            walker.WalkChildren(shapes, new OdfPlace(SegmentSources.TextBox, hidden, name), sink);
            sink.AddTo(context);
        }
    }

    private void ReadCell(XElement cell, string sheet, int row, int column, bool hidden, List<TextSegment> sink)
    {
        var path = $"{sheet}!{SpreadsheetText.ColumnName((uint)column + 1)}{row + 1}";
        var place = new OdfPlace(SegmentSources.Sheet, hidden, path, Cell: new CellPosition(sheet, row, column));
        var before = sink.Count;
        walker.WalkCell(cell, place, sink);
        var shown = sink.Skip(before).FirstOrDefault()?.Text ?? "";

        // A string the cell holds but does not show, or a number whose format shows nothing (";;;").
        var value = (string?)cell.Attribute(Office + "string-value")
            ?? (shown.Length == 0 ? (string?)cell.Attribute(Office + "value") : null);
        if (value is { Length: > 0 } && value != shown)
        {
            sink.Add(new TextSegment(value, SegmentSources.HiddenText, path, Hidden: true, Cell: place.Cell));
        }

        if ((string?)cell.Attribute(Table + "formula") is { } formula && QuotedLiteral.IsIn(formula))
        {
            sink.Add(new TextSegment(formula, SegmentSources.HiddenText, path, Hidden: true));
        }
    }

    /// <summary>Hidden columns by index; a run repeated to the sheet's end is a range, not a million entries.</summary>
    private static ColumnRanges HiddenColumns(XElement sheet)
    {
        var ranges = new ColumnRanges();
        var column = 0;
        foreach (var (element, repeat) in OdfTableRows.Columns(sheet))
        {
            if (OdfTableRows.IsHidden(element))
            {
                ranges.Add(column, repeat);
            }

            column = OdfTableRows.Advance(column, repeat);
        }

        return ranges;
    }

    private sealed class ColumnRanges
    {
        private readonly List<(int Start, int Count)> _ranges = [];

        public void Add(int start, int count) => _ranges.Add((start, count));

        public bool Contains(int column) => _ranges.Any(r => column >= r.Start && column < (long)r.Start + r.Count);
    }
}
