using System.Buffers.Binary;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// What a BIFF8 sheet's records say that cell readers do not: rows hidden from view (ROW fDyZero),
/// hidden columns (COLINFO fHidden) and the string literals inside formulas (PtgStr), which leave with
/// the file whatever value the formula shows ([MS-XLS] 2.4.221 Row, 2.4.53 ColInfo, 2.4.127 Formula).
/// BIFF5 (Excel 5.0/95) keeps the same records, with sheet names and strings in the CODEPAGE record's code page.
/// </summary>
internal static class ExcelSheetRecords
{
    private const ushort Bof = 0x0809;
    private const ushort Row = 0x0208;
    private const ushort ColInfo = 0x007D;
    private const ushort Formula = 0x0006;

    public static Dictionary<string, SheetRecords> Read(byte[] workbook)
    {
        var sheets = new Dictionary<string, SheetRecords>();
        SheetRecords? current = null;
        var biff5 = BiffRecords.Biff5CodePage(workbook);
        foreach (var (record, sheet) in BiffRecords.WalkSheets(workbook, biff5))
        {
            var data = record.Data.Span;
            switch (record.Type)
            {
                case Bof:
                    current = sheet is null ? null : sheets[sheet] = new SheetRecords();
                    break;
                case Row when data.Length >= 16 && current is not null && (BinaryPrimitives.ReadUInt32LittleEndian(data[12..]) & 0x20) != 0:
                    current.HiddenRows.Add(BinaryPrimitives.ReadUInt16LittleEndian(data));
                    break;
                case ColInfo when data.Length >= 10 && current is not null && (BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 1) != 0:
                    current.HiddenColumns.Add((BinaryPrimitives.ReadUInt16LittleEndian(data), BinaryPrimitives.ReadUInt16LittleEndian(data[2..])));
                    break;
                // rw, col, ixfe, the cached value (8), grbit, chn (4), then cce and the parsed formula.
                case Formula when data.Length >= 22 && current is not null:
                    var cce = BinaryPrimitives.ReadUInt16LittleEndian(data[20..]);
                    var literals = FormulaLiterals.Read(data.Slice(22, Math.Min(cce, data.Length - 22)), biff5, out var complete);
                    current.UnreadFormulas += complete && cce <= data.Length - 22 ? 0 : 1;
                    if (literals.Count > 0)
                    {
                        current.Literals.Add((BinaryPrimitives.ReadUInt16LittleEndian(data), BinaryPrimitives.ReadUInt16LittleEndian(data[2..]), literals));
                    }

                    break;
            }
        }

        return sheets;
    }
}

/// <summary>One sheet's hidden rows and columns (0-based) and the literals of its formulas by cell.</summary>
internal sealed class SheetRecords
{
    public HashSet<int> HiddenRows { get; } = [];

    public List<(int First, int Last)> HiddenColumns { get; } = [];

    public List<(int Row, int Column, List<string> Strings)> Literals { get; } = [];

    /// <summary>Formulas whose tokens could not all be walked: literals after the unknown token are not seen.</summary>
    public int UnreadFormulas { get; set; }

    public bool ColumnHidden(int column) => HiddenColumns.Any(c => column >= c.First && column <= c.Last);
}
