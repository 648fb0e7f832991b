using System.Text;

namespace DocScan.Bench.Measurement;

/// <summary>A plain text table with aligned columns; numbers right-aligned.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public TextTable Add(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var builder = new StringBuilder();
        Append(builder, headers, widths);
        builder.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            Append(builder, row, widths);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string[] cells, int[] widths)
    {
        var padded = cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]));
        builder.AppendLine(string.Join("  ", padded).TrimEnd());
    }
}
