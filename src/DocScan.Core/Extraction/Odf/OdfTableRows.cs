using System.Xml.Linq;
using static DocScan.Core.Extraction.Odf.OdfNames;

namespace DocScan.Core.Extraction.Odf;

/// <summary>
/// The rows and cells of a <c>table:table</c> with how many times each repeats
/// (<c>table:number-rows-repeated</c>, <c>table:number-columns-repeated</c>): Calc ends every sheet with a
/// million repeated empty rows, which are counted, never expanded.
/// </summary>
internal static class OdfTableRows
{
    public static IEnumerable<(XElement Row, int Repeat)> Of(XElement table)
    {
        foreach (var child in table.Elements())
        {
            if (child.Name == Table + "table-row")
            {
                yield return (child, Repeat(child, "number-rows-repeated"));
            }
            else if (child.Name == Table + "table-header-rows" || child.Name == Table + "table-rows" || child.Name == Table + "table-row-group")
            {
                foreach (var nested in Of(child))
                {
                    yield return nested;
                }
            }
        }
    }

    public static IEnumerable<(XElement Cell, int Repeat)> Cells(XElement row)
    {
        foreach (var cell in row.Elements())
        {
            if (cell.Name == Table + "table-cell" || cell.Name == Table + "covered-table-cell")
            {
                yield return (cell, Repeat(cell, "number-columns-repeated"));
            }
        }
    }

    /// <summary>Columns with their repeat, through column groups and header columns.</summary>
    public static IEnumerable<(XElement Column, int Repeat)> Columns(XElement table)
    {
        foreach (var child in table.Elements())
        {
            if (child.Name == Table + "table-column")
            {
                yield return (child, Repeat(child, "number-columns-repeated"));
            }
            else if (child.Name == Table + "table-columns" || child.Name == Table + "table-header-columns" || child.Name == Table + "table-column-group")
            {
                foreach (var nested in Columns(child))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>Collapsed (hidden) and filtered-out rows and columns are not shown.</summary>
    public static bool IsHidden(XElement rowOrColumn) => (string?)rowOrColumn.Attribute(Table + "visibility") is "collapse" or "filter";

    // Cells a spreadsheet can address are far fewer than int.MaxValue; an absurd repeat is clamped, not trusted.
    private static int Repeat(XElement element, string attribute) =>
        int.TryParse((string?)element.Attribute(Table + attribute), out var repeat) ? Math.Clamp(repeat, 1, 1 << 24) : 1;
}
