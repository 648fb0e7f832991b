namespace DocScan.Core.Extraction;

/// <summary>
/// The cells of a CSV or TSV file's lines: quoted cells may hold the separator and doubled quotes. A
/// line is one row of the file's one table; its row number is its 0-based line number, so the first
/// line of two cells or more heads the columns (a title line of one cell stays a line of text).
/// </summary>
internal sealed class CsvCells(string table, char separator)
{
    /// <summary>The separator a file's name implies: ',' for .csv, tab for .tsv; null for other text.</summary>
    public static char? Separator(string name) =>
        name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ','
        : name.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t'
        : null;

    /// <summary>Adds the line's cells as table cells; false (nothing added) when the line holds fewer than two.</summary>
    public bool AddRow(string line, int lineNumber, string path, ExtractionContext context)
    {
        var cells = Split(line);
        if (cells.Count < 2)
        {
            return false;
        }

        for (var column = 0; column < cells.Count; column++)
        {
            context.Add(new TextSegment(cells[column], SegmentSources.Table, $"{path}:C{column + 1}",
                Cell: new CellPosition(table, lineNumber - 1, column)));
        }

        return true;
    }

    private List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    cell.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
