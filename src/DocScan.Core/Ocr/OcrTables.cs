namespace DocScan.Core.Ocr;

/// <summary>
/// Finds tables in OCR lines (a query screen's result grid, a roster): a line whose words fall into
/// three or more cells separated by wide gaps starts a table, and the lines after it whose cells
/// stand under its columns are its rows. Each cell then becomes a segment of its own with its column,
/// so 林怡君 under 姓名 is a name and 78/05/12 under 出生日期 a birth date, as in a Word table.
/// Works along the line's own direction, so a page turned 90° is read the same way.
/// </summary>
internal static class OcrTables
{
    private const int MinColumns = 3;

    /// <summary>For each line, its table, row and cells (words by column); null for a line outside any table.</summary>
    public static TableRow?[] Find(IReadOnlyList<OcrLine> lines)
    {
        var rows = new TableRow?[lines.Count];
        var table = 0;
        List<(int From, int To)>? columns = null;
        var members = new List<int>();
        var allCells = lines.Select(Cells).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = allCells[i];
            // A line with more cells than the table has columns is the header of a new, wider table;
            // so is a line under a lone header (a line of label–value pairs) when the next line stands under it better.
            if (columns is not null && cells.Count <= columns.Count && Place(cells, columns) is { } placed
                && !(members.Count == 1 && i + 1 < lines.Count && cells.Count >= MinColumns
                     && Fit(allCells[i + 1], cells.Select(c => c.Span).ToList()) > Fit(allCells[i + 1], columns)))
            {
                rows[i] = new TableRow(table, members.Count, placed);
                members.Add(i);
                continue;
            }

            Close(rows, members);
            columns = null;
            if (cells.Count >= MinColumns)
            {
                table++;
                columns = cells.Select(c => c.Span).ToList();
                rows[i] = new TableRow(table, 0, cells.Select((c, column) => (column, c.Words)).ToList());
                members.Add(i);
            }
        }

        Close(rows, members);
        return rows;
    }

    // A header with no row under it was a line with wide gaps, not a table.
    private static void Close(TableRow?[] rows, List<int> members)
    {
        if (members.Count == 1)
        {
            rows[members[0]] = null;
        }

        members.Clear();
    }

    // Each cell goes to the header column it overlaps most; a line with a cell under no column, or
    // with fewer than two columns filled, is no row.
    private static List<(int Column, List<OcrWord> Words)>? Place(List<Cell> cells, List<(int From, int To)> columns)
    {
        if (cells.Count < 2)
        {
            return null;
        }

        var placed = new SortedDictionary<int, List<OcrWord>>();
        foreach (var cell in cells)
        {
            var best = Enumerable.Range(0, columns.Count).MaxBy(c => Overlap(cell.Span, columns[c]));
            if (Overlap(cell.Span, columns[best]) == 0)
            {
                return null;
            }

            if (!placed.TryGetValue(best, out var words))
            {
                placed[best] = words = [];
            }

            words.AddRange(cell.Words);
        }

        return placed.Count >= 2 ? placed.Select(p => (p.Key, p.Value)).ToList() : null;
    }

    private static int Fit(List<Cell> cells, List<(int From, int To)> columns) =>
        cells.Count <= columns.Count && Place(cells, columns) is { } placed ? placed.Count : 0;

    private static List<Cell> Cells(OcrLine line)
    {
        // Table borders read as | or 丨: they separate cells, they are not text.
        var words = line.Words.Where(w => w.Text.Trim('|', '｜', '丨', '[', ']', '_', ' ').Length > 0).ToList();
        var cells = new List<Cell>();
        if (words.Count == 0)
        {
            return cells;
        }

        var box = line.Box;
        var horizontal = box.Width >= box.Height;
        (int From, int To) Along(OcrBox b) => horizontal ? (b.Left, b.Right) : (b.Top, b.Bottom);
        var across = words.Select(w => horizontal ? w.Box.Height : w.Box.Width).Order().ElementAt(words.Count / 2);
        var current = new List<OcrWord> { words[0] };
        var span = Along(words[0].Box);
        for (var i = 1; i < words.Count; i++)
        {
            var next = Along(words[i].Box);
            var gap = Math.Max(next.From - span.To, span.From - next.To);
            if (gap > across * 0.9)
            {
                cells.Add(new Cell(span, current));
                current = [];
                span = next;
            }
            else
            {
                span = (Math.Min(span.From, next.From), Math.Max(span.To, next.To));
            }

            current.Add(words[i]);
        }

        cells.Add(new Cell(span, current));
        return cells;
    }

    private static int Overlap((int From, int To) a, (int From, int To) b) => Math.Max(0, Math.Min(a.To, b.To) - Math.Max(a.From, b.From));

    private sealed record Cell((int From, int To) Span, List<OcrWord> Words);
}

/// <param name="Table">1-based number of the table on its page.</param>
/// <param name="Row">0 for the header line.</param>
internal sealed record TableRow(int Table, int Row, List<(int Column, List<OcrWord> Words)> Cells);
