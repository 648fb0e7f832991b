using System.Buffers.Binary;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// Tables on a PowerPoint 97–2003 slide: a group shape (OfficeArtSpgrContainer) whose own shape carries
/// the tableProperties property, each cell a child shape with its rectangle (OfficeArtChildAnchor) and
/// its text ([MS-PPT] 2.9.75, [MS-ODRAW] 2.2.15). Rows and columns are the distinct tops and lefts of
/// the cells, so a cell keeps its place under its column's header.
/// </summary>
internal static class PowerPointTables
{
    private const ushort GroupContainer = 0xF003;
    private const ushort ShapeContainer = 0xF004;
    private const ushort Properties = 0xF00B;
    private const ushort TertiaryProperties = 0xF122;
    private const ushort ChildAnchor = 0xF00F;
    private const ushort TableProperties = 0x039F;

    /// <summary>The table groups among <paramref name="container"/>'s records, in stream order.</summary>
    public static List<PptRecord> Find(PptRecord container) =>
        PowerPointRecords.Descendants(container).Select(d => d.Record).Where(IsTable).ToList();

    /// <summary>Each cell's row, column and the text records inside it.</summary>
    public static List<(int Row, int Column, List<PptRecord> Text)> Cells(PptRecord table)
    {
        var shapes = PowerPointRecords.Children(table.Data, table.Offset + 8).Where(r => r.Type == ShapeContainer).Skip(1);
        var cells = new List<(int Top, int Left, List<PptRecord> Text)>();
        foreach (var shape in shapes)
        {
            var records = PowerPointRecords.Descendants(shape).Select(d => d.Record).ToList();
            if (records.FirstOrDefault(r => r.Type == ChildAnchor) is not { Data.Length: >= 16 } anchor)
            {
                throw new InvalidDataException("table cell without its position");
            }

            cells.Add((BinaryPrimitives.ReadInt32LittleEndian(anchor.Data.Span[4..]), BinaryPrimitives.ReadInt32LittleEndian(anchor.Data.Span), records));
        }

        var tops = cells.Select(c => c.Top).Distinct().Order().ToList();
        var lefts = cells.Select(c => c.Left).Distinct().Order().ToList();
        return cells.Select(c => (tops.IndexOf(c.Top), lefts.IndexOf(c.Left), c.Text)).ToList();
    }

    // The group's first shape describes the group itself; a table sets tableProperties in its (tertiary) property table.
    private static bool IsTable(PptRecord record) =>
        record.Type == GroupContainer
        && PowerPointRecords.Children(record.Data, record.Offset + 8).FirstOrDefault(r => r.Type == ShapeContainer) is { } groupShape
        && PowerPointRecords.Children(groupShape.Data, groupShape.Offset + 8)
            .Any(r => r.Type is Properties or TertiaryProperties && HasProperty(r, TableProperties));

    // OfficeArtFOPT: recInstance property entries of 6 bytes (a 14-bit property id and flags, a 4-byte value).
    private static bool HasProperty(PptRecord table, ushort id)
    {
        var data = table.Data.Span;
        for (var i = 0; i < table.Instance && 6 * i + 6 <= data.Length; i++)
        {
            if ((BinaryPrimitives.ReadUInt16LittleEndian(data[(6 * i)..]) & 0x3FFF) == id)
            {
                return true;
            }
        }

        return false;
    }
}
