using System.Globalization;
using System.Text;
using DocScan.SampleDocs.Ooxml;

namespace DocScan.SampleDocs.Sheets;

/// <summary>One worksheet: rows, column widths and cell comments (notes).</summary>
public sealed class WorksheetData(string name, bool hidden)
{
    private readonly List<SheetCell[]> _rows = [];
    private readonly List<(string Cell, string Author, string Text)> _comments = [];
    private double[] _widths = [];

    public string Name { get; } = name;

    public bool Hidden { get; } = hidden;

    public IReadOnlyList<(string Cell, string Author, string Text)> Comments => _comments;

    public WorksheetData Columns(params double[] widths)
    {
        _widths = widths;
        return this;
    }

    public WorksheetData Row(params SheetCell[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    /// <summary>A note on <paramref name="cell"/> (e.g. C5), shown when the mouse is over the cell.</summary>
    public WorksheetData Comment(string cell, string author, string text)
    {
        _comments.Add((cell, author, text));
        return this;
    }

    internal string Xml(bool selected, Func<string, int> sharedIndex)
    {
        var lastColumn = Math.Max(1, _rows.Count == 0 ? 1 : _rows.Max(r => r.Length));
        var xml = new StringBuilder(Ooxml.Xml.Declaration)
            .Append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
            .Append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
            .Append($"<dimension ref=\"A1:{ColumnName(lastColumn - 1)}{Math.Max(1, _rows.Count)}\"/>")
            .Append($"<sheetViews><sheetView {(selected ? "tabSelected=\"1\" " : "")}workbookViewId=\"0\"/></sheetViews>")
            .Append("<sheetFormatPr defaultRowHeight=\"16.5\"/>");
        if (_widths.Length > 0)
        {
            xml.Append("<cols>");
            for (var i = 0; i < _widths.Length; i++)
            {
                xml.Append($"<col min=\"{i + 1}\" max=\"{i + 1}\" width=\"{_widths[i].ToString(CultureInfo.InvariantCulture)}\" customWidth=\"1\"/>");
            }

            xml.Append("</cols>");
        }

        xml.Append("<sheetData>");
        for (var r = 0; r < _rows.Count; r++)
        {
            xml.Append($"<row r=\"{r + 1}\">");
            for (var c = 0; c < _rows[r].Length; c++)
            {
                xml.Append(_rows[r][c].Xml($"{ColumnName(c)}{r + 1}", sharedIndex));
            }

            xml.Append("</row>");
        }

        xml.Append("</sheetData>")
            .Append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
        if (_comments.Count > 0)
        {
            xml.Append("<legacyDrawing r:id=\"rId2\"/>");
        }

        return xml.Append("</worksheet>").ToString();
    }

    internal static string ColumnName(int index) => ((char)('A' + index)).ToString();
}
