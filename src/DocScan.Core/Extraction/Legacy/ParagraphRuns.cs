using System.Buffers.Binary;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// Which paragraphs of a Word 97–2003 file are table cells (sprmPFInTable) and which paragraph
/// marks end a table row (sprmPFTtp), from the PAPX pages: a cell mark (0x07) alone cannot tell an
/// empty cell from the end of a row.
/// </summary>
internal static class ParagraphRuns
{
    private const ushort SprmPFInTable = 0x2416;
    private const ushort SprmPFTtp = 0x2417;

    // Properties too long for the page (a row end carries the whole row's layout) move to the Data stream.
    private const ushort SprmPHugePapx = 0x6646;

    public static FormattedPages<TableRole> Read(ReadOnlySpan<byte> plcBtePapx, ReadOnlySpan<byte> wordDocument, byte[]? data) =>
        FormattedPages<TableRole>.Read(plcBtePapx, wordDocument, paragraphs: true, sprms => Role(sprms, data));

    private static TableRole Role(List<(ushort Sprm, byte[] Operand)> sprms, byte[]? data)
    {
        var role = TableRole.None;
        foreach (var (sprm, operand) in sprms)
        {
            var on = operand.Length > 0 && operand[0] != 0;
            role |= sprm switch
            {
                SprmPFInTable when on => TableRole.InTable,
                SprmPFTtp when on => TableRole.RowEnd,
                SprmPHugePapx when operand.Length == 4 && data is not null => Huge(BinaryPrimitives.ReadUInt32LittleEndian(operand), data),
                _ => TableRole.None,
            };
        }

        return role;
    }

    // PrcData in the Data stream: a 2-byte size and the grpprl ([MS-DOC] 2.9.225).
    private static TableRole Huge(uint offset, byte[] data)
    {
        if ((ulong)offset + 2 > (ulong)data.Length)
        {
            throw new InvalidDataException("段落格式指向 Data 資料流以外");
        }

        var size = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan((int)offset));
        var grpprl = data.AsSpan((int)offset + 2, Math.Min(size, data.Length - (int)offset - 2));
        return Role(Sprms.Walk(grpprl).Where(s => s.Sprm != SprmPHugePapx).ToList(), null);
    }
}

[Flags]
internal enum TableRole
{
    None = 0,
    InTable = 1,
    RowEnd = 2,
}
