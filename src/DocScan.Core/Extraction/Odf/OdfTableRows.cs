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
    private static readonly XName[] RowGroups = [Table + "table-header-rows", Table + "table-rows", Table + "table-row-group"];
    private static readonly XName[] ColumnGroups = [Table + "table-columns", Table + "table-header-columns", Table + "table-column-group"];

    /// <summary>Rows with their repeat, through header rows and row groups.</summary>
    public static IEnumerable<(XElement Row, int Repeat)> Of(XElement table) =>
        Flatten(table, Table + "table-row", RowGroups, "number-rows-repeated");

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
    public static IEnumerable<(XElement Column, int Repeat)> Columns(XElement table) =>
        Flatten(table, Table + "table-column", ColumnGroups, "number-columns-repeated");

    /// <summary>The index after <paramref name="repeat"/> more rows or columns; a hostile run of repeats saturates instead of wrapping round.</summary>
    public static int Advance(int index, int repeat) => (int)Math.Min((long)index + repeat, int.MaxValue / 2);

    /// <summary>Collapsed (hidden) and filtered-out rows and columns are not shown.</summary>
    public static bool IsHidden(XElement rowOrColumn) => (string?)rowOrColumn.Attribute(Table + "visibility") is "collapse" or "filter";

    // Cells a spreadsheet can address are far fewer than int.MaxValue; an absurd repeat is clamped, not trusted.
    private static int Repeat(XElement element, string attribute) =>
        int.TryParse((string?)element.Attribute(Table + attribute), out var repeat) ? Math.Clamp(repeat, 1, 1 << 24) : 1;

    private static IEnumerable<(XElement, int)> Flatten(XElement parent, XName item, XName[] groups, string repeat)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name == item)
            {
                yield return (child, Repeat(child, repeat));
            }
            else if (groups.Contains(child.Name))
            {
                foreach (var nested in Flatten(child, item, groups, repeat))
                {
                    yield return nested;
                }
            }
        }
    }
}
