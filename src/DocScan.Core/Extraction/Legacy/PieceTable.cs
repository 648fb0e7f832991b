using System.Buffers.Binary;
using System.Text;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// The piece table of a Word 97–2003 document ([MS-DOC] 2.9.38 Clx, 2.9.177 PlcPcd): where each run
/// of character positions lies in the WordDocument stream, and whether it is stored as 8-bit
/// ("compressed") or UTF-16 text. Together the pieces make the whole character stream.
/// </summary>
internal sealed class PieceTable
{
    private const byte PrcType = 0x01;
    private const byte PcdtType = 0x02;
    private const int PcdSize = 8;

    private PieceTable(IReadOnlyList<Piece> pieces) => Pieces = pieces;

    public IReadOnlyList<Piece> Pieces { get; }

    /// <summary>Parses a CLX: any number of Prc (property modifiers, skipped) and then one Pcdt.</summary>
    public static PieceTable Read(ReadOnlySpan<byte> clx)
    {
        var position = 0;
        while (position < clx.Length && clx[position] == PrcType)
        {
            if (position + 3 > clx.Length)
            {
                throw new InvalidDataException("片段表（CLX）的格式修飾區塊被截斷");
            }

            position += 3 + BinaryPrimitives.ReadUInt16LittleEndian(clx[(position + 1)..]);
        }

        if (position + 5 > clx.Length || clx[position] != PcdtType)
        {
            throw new InvalidDataException("片段表（CLX）不是可辨識的格式（找不到 Pcdt）");
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(clx[(position + 1)..]);
        var plc = clx[(position + 5)..];
        if (length > (uint)plc.Length || (length - 4) % (4 + PcdSize) != 0)
        {
            throw new InvalidDataException("片段表（PlcPcd）長度不符");
        }

        var count = (int)((length - 4) / (4 + PcdSize));
        var pieces = new List<Piece>(count);
        for (var i = 0; i < count; i++)
        {
            var cpStart = BinaryPrimitives.ReadInt32LittleEndian(plc[(4 * i)..]);
            var cpEnd = BinaryPrimitives.ReadInt32LittleEndian(plc[(4 * i + 4)..]);
            var pcd = plc[(4 * (count + 1) + PcdSize * i)..];
            var fc = BinaryPrimitives.ReadUInt32LittleEndian(pcd[2..]);
            if (cpStart < 0 || cpEnd < cpStart)
            {
                throw new InvalidDataException("片段表的字元位置不是遞增的");
            }

            var compressed = (fc & 0x4000_0000) != 0;
            var offset = fc & 0x3FFF_FFFF;
            pieces.Add(new Piece(cpStart, cpEnd, compressed ? offset / 2 : offset, compressed));
        }

        return new PieceTable(pieces);
    }

    /// <summary>
    /// The character stream up to <paramref name="length"/> characters, with each character's byte
    /// offset in the WordDocument stream (what character formatting is keyed by).
    /// </summary>
    public (string Text, int[] Offsets) ReadText(ReadOnlySpan<byte> wordDocument, int length, Encoding compressedEncoding)
    {
        var text = new StringBuilder(length);
        var offsets = new int[length];
        foreach (var piece in Pieces)
        {
            if (text.Length >= length)
            {
                break;
            }

            if (piece.CpStart != text.Length)
            {
                throw new InvalidDataException("片段表的字元位置不連續");
            }

            var count = Math.Min(piece.CpEnd - piece.CpStart, length - text.Length);
            var width = piece.Compressed ? 1 : 2;
            if ((long)piece.FileOffset + (long)count * width > wordDocument.Length)
            {
                throw new InvalidDataException("文字片段超出 WordDocument 資料流範圍（檔案可能被截斷）");
            }

            var bytes = wordDocument.Slice((int)piece.FileOffset, count * width);
            var start = text.Length;
            text.Append(piece.Compressed ? compressedEncoding.GetString(bytes) : Encoding.Unicode.GetString(bytes));
            for (var i = 0; i < count; i++)
            {
                offsets[start + i] = (int)piece.FileOffset + i * width;
            }
        }

        if (text.Length < length)
        {
            throw new InvalidDataException($"片段表只涵蓋 {text.Length} 個字元，FIB 宣告 {length} 個");
        }

        return (text.ToString(), offsets);
    }
}

/// <param name="FileOffset">Byte offset of the piece's first character in the WordDocument stream.</param>
/// <param name="Compressed">8-bit characters (Windows-1252 per [MS-DOC] 2.4.1) instead of UTF-16LE.</param>
internal sealed record Piece(int CpStart, int CpEnd, uint FileOffset, bool Compressed);
