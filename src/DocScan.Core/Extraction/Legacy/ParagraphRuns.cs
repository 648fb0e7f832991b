using System.Buffers.Binary;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// Which paragraphs of a Word 97–2003 file are table cells (sprmPFInTable), which paragraph
/// marks end a table row (sprmPFTtp), and which paragraphs have a style that hides them, from the
/// PAPX pages: a cell mark (0x07) alone cannot tell an empty cell from the end of a row.
/// </summary>
internal static class ParagraphRuns
{
    private const ushort SprmPFInTable = 0x2416;
    private const ushort SprmPFTtp = 0x2417;

    // Properties too long for the page (a row end carries the whole row's layout) move to the Data stream.
    private const ushort SprmPHugePapx = 0x6646;

    public static FormattedPages<ParagraphRole> Read(ReadOnlySpan<byte> plcBtePapx, ReadOnlySpan<byte> wordDocument, byte[]? data, WordStyles styles) =>
        FormattedPages<ParagraphRole>.Read(plcBtePapx, wordDocument, paragraphs: true,
            (style, sprms) => Role(sprms, data) | (styles.Hides(style) ? ParagraphRole.HiddenByStyle : ParagraphRole.None));

    private static ParagraphRole Role(List<(ushort Sprm, byte[] Operand)> sprms, byte[]? data)
    {
        var role = ParagraphRole.None;
        foreach (var (sprm, operand) in sprms)
        {
            var on = operand.Length > 0 && operand[0] != 0;
            role |= sprm switch
            {
                SprmPFInTable when on => ParagraphRole.InTable,
                SprmPFTtp when on => ParagraphRole.RowEnd,
                SprmPHugePapx when operand.Length == 4 && data is not null => Huge(BinaryPrimitives.ReadUInt32LittleEndian(operand), data),
                _ => ParagraphRole.None,
            };
        }

        return role;
    }

    // PrcData in the Data stream: a 2-byte size and the grpprl ([MS-DOC] 2.9.225).
    private static ParagraphRole Huge(uint offset, byte[] data)
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
internal enum ParagraphRole
{
    None = 0,
    InTable = 1,
    RowEnd = 2,
    HiddenByStyle = 4,
}
