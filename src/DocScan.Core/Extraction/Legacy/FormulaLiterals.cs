using System.Text;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// The string constants (PtgStr) of a parsed formula ([MS-XLS] 2.5.198 Ptg; BIFF5 tokens are shorter
/// and its strings are bytes in the workbook's code page): every token is stepped over by its size,
/// so bytes inside a reference or number are never taken for text.
/// </summary>
internal static class FormulaLiterals
{
    private const byte PtgStr = 0x17;
    private const byte PtgAttr = 0x19;
    private const byte AttrChoose = 0x04;

    /// <param name="biff5">The workbook's code page for a BIFF5 formula; null for BIFF8.</param>
    /// <param name="complete">False when a token of unknown size stopped the walk.</param>
    public static List<string> Read(ReadOnlySpan<byte> rgce, Encoding? biff5, out bool complete)
    {
        var literals = new List<string>();
        var position = 0;
        while (position < rgce.Length)
        {
            var ptg = rgce[position++];
            int size;
            if (ptg == PtgStr && biff5 is not null && position < rgce.Length)
            {
                size = 1 + rgce[position];
                literals.Add(BiffStrings.Bytes(rgce[(position + 1)..], rgce[position], biff5));
            }
            else if (ptg == PtgStr && biff5 is null && position + 2 <= rgce.Length)
            {
                var count = rgce[position];
                var wide = (rgce[position + 1] & 1) != 0;
                size = 2 + count * (wide ? 2 : 1);
                literals.Add(BiffStrings.Characters(rgce[(position + 2)..], count, wide));
            }
            else if (ptg == PtgAttr)
            {
                // tAttrChoose carries a jump table of wCases + 1 offsets after its wCases.
                size = position + 3 <= rgce.Length && (rgce[position] & AttrChoose) != 0
                    ? 3 + 2 * (rgce[position + 1] | (rgce[position + 2] << 8)) + 2
                    : 3;
            }
            else if ((biff5 is null ? Size(ptg) : Biff5Size(ptg)) is { } known)
            {
                size = known;
            }
            else
            {
                complete = false;
                return literals;
            }


            position += size;
        }

        complete = position == rgce.Length;
        return literals;
    }

    private static int? Size(byte ptg) => ptg switch
    {
        0x01 or 0x02 => 4,                      // PtgExp, PtgTbl
        >= 0x03 and <= 0x16 => 0,               // operators, parentheses, missing argument
        0x1C or 0x1D => 1,                      // PtgErr, PtgBool
        0x1E => 2,                              // PtgInt
        0x1F => 8,                              // PtgNum
        >= 0x20 and <= 0x7F => (ptg & 0x1F) switch
        {
            0x00 => 7,                          // PtgArray (its values follow the formula)
            0x01 => 2,                          // PtgFunc
            0x02 => 3,                          // PtgFuncVar
            0x03 or 0x04 or 0x0A or 0x0C => 4,  // PtgName, PtgRef, PtgRefErr, PtgRefN
            0x05 or 0x0B or 0x0D => 8,          // PtgArea, PtgAreaErr, PtgAreaN
            0x06 or 0x07 or 0x08 => 6,          // PtgMemArea, PtgMemErr, PtgMemNoMem
            0x09 => 2,                          // PtgMemFunc
            0x19 or 0x1A or 0x1C => 6,          // PtgNameX, PtgRef3d, PtgRefErr3d
            0x1B or 0x1D => 10,                 // PtgArea3d, PtgAreaErr3d
            _ => null,
        },
        _ => null,
    };

    // BIFF5 references carry an 8-bit column (PtgRef 3 bytes), names and 3-D references a sheet index block.
    private static int? Biff5Size(byte ptg) => ptg < 0x20
        ? Size(ptg)
        : (ptg & 0x1F) switch
        {
            0x00 => 7,                          // PtgArray
            0x01 => 2,                          // PtgFunc
            0x02 => 3,                          // PtgFuncVar
            0x03 => 14,                         // PtgName
            0x04 or 0x0A or 0x0C => 3,          // PtgRef, PtgRefErr, PtgRefN
            0x05 or 0x0B or 0x0D => 6,          // PtgArea, PtgAreaErr, PtgAreaN
            0x06 or 0x07 or 0x08 => 6,          // PtgMemArea, PtgMemErr, PtgMemNoMem
            0x09 => 2,                          // PtgMemFunc
            0x19 => 24,                         // PtgNameX
            0x1A or 0x1C => 17,                 // PtgRef3d, PtgRefErr3d
            0x1B or 0x1D => 20,                 // PtgArea3d, PtgAreaErr3d
            _ => null,
        };
}
