using System.Buffers.Binary;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// The parts of a Word 97–2003 File Information Block ([MS-DOC] 2.5.1) that locate the text: which
/// table stream holds the piece table, where the CLX is, and how long each story is.
/// </summary>
internal sealed record Fib(
    bool Encrypted,
    bool UsesTable1,
    int[] StoryLengths,
    FcLcb Clx,
    FcLcb Stylesheet,
    FcLcb HeaderStories,
    FcLcb CharacterFormatting,
    FcLcb ParagraphFormatting,
    FcLcb CommentAuthors)
{
    private const ushort WordIdent = 0xA5EC;

    // FibBase (32 bytes), csw + FibRgW97 (2 + 28), cslw at 62, FibRgLw97 at 64 (88 bytes),
    // cbRgFcLcb at 152, FibRgFcLcb97 at 154: pairs of (fc, lcb), 4 bytes each.
    private const int RgLwOffset = 64;
    private const int RgFcLcbCountOffset = 152;
    private const int RgFcLcbOffset = 154;
    private const int StshfIndex = 1;
    private const int PlcfHddIndex = 11;
    private const int PlcfBteChpxIndex = 12;
    private const int PlcfBtePapxIndex = 13;
    private const int ClxIndex = 33;
    private const int GrpXstAtnOwnersIndex = 36;

    /// <summary>
    /// ccpText, ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn, ccpTxbx, ccpHdrTxbx: the stories in the order
    /// they follow each other in the character stream.
    /// </summary>
    public static readonly WordStory[] StoryOrder =
    [
        WordStory.Main, WordStory.Footnotes, WordStory.Headers, WordStory.Macro,
        WordStory.Comments, WordStory.Endnotes, WordStory.TextBoxes, WordStory.HeaderTextBoxes,
    ];

    /// <summary>nFib below Word 97's (0x00C1; some Word 97 builds wrote 0x00C0): the Word 6.0/95 FIB, which this reader does not know.</summary>
    public static bool IsBeforeWord97(ReadOnlySpan<byte> wordDocument) =>
        wordDocument.Length >= 4
        && BinaryPrimitives.ReadUInt16LittleEndian(wordDocument) == WordIdent
        && BinaryPrimitives.ReadUInt16LittleEndian(wordDocument[2..]) < 0x00C0;

    /// <summary>Reads the FIB at the start of the WordDocument stream; throws <see cref="InvalidDataException"/> when it is not one.</summary>
    public static Fib Read(ReadOnlySpan<byte> wordDocument)
    {
        if (wordDocument.Length < RgFcLcbOffset || BinaryPrimitives.ReadUInt16LittleEndian(wordDocument) != WordIdent)
        {
            throw new InvalidDataException("檔案資訊區塊（FIB）不完整或不是 Word 97–2003 格式");
        }

        var flags = BinaryPrimitives.ReadUInt16LittleEndian(wordDocument[0x0A..]);
        var lengths = new int[StoryOrder.Length];
        for (var i = 0; i < lengths.Length; i++)
        {
            // ccpText is the fourth long of FibRgLw97 (after cbMac, lProductCreated, lProductRevised).
            lengths[i] = BinaryPrimitives.ReadInt32LittleEndian(wordDocument[(RgLwOffset + 12 + 4 * i)..]);
            if (lengths[i] < 0)
            {
                throw new InvalidDataException("FIB 的文字長度為負值");
            }
        }

        var pairs = BinaryPrimitives.ReadUInt16LittleEndian(wordDocument[RgFcLcbCountOffset..]);
        if (pairs <= ClxIndex || wordDocument.Length < RgFcLcbOffset + 8 * (ClxIndex + 1))
        {
            throw new InvalidDataException("FIB 缺少片段表（CLX）的位置");
        }

        var fib = wordDocument;
        return new Fib(
            Encrypted: (flags & 0x0100) != 0,
            UsesTable1: (flags & 0x0200) != 0,
            lengths,
            Pair(fib, ClxIndex),
            Pair(fib, StshfIndex),
            Pair(fib, PlcfHddIndex),
            Pair(fib, PlcfBteChpxIndex),
            Pair(fib, PlcfBtePapxIndex),
            pairs > GrpXstAtnOwnersIndex && fib.Length >= RgFcLcbOffset + 8 * (GrpXstAtnOwnersIndex + 1) ? Pair(fib, GrpXstAtnOwnersIndex) : default);
    }

    private static FcLcb Pair(ReadOnlySpan<byte> fib, int index) => new(
        BinaryPrimitives.ReadUInt32LittleEndian(fib[(RgFcLcbOffset + 8 * index)..]),
        BinaryPrimitives.ReadUInt32LittleEndian(fib[(RgFcLcbOffset + 8 * index + 4)..]));
}

/// <summary>An offset and a length into the table stream.</summary>
internal readonly record struct FcLcb(uint Fc, uint Lcb)
{
    /// <summary>The bytes it points at; throws when they lie outside the stream.</summary>
    public ReadOnlySpan<byte> In(ReadOnlySpan<byte> stream, string what) =>
        (ulong)Fc + Lcb <= (ulong)stream.Length
            ? stream.Slice((int)Fc, (int)Lcb)
            : throw new InvalidDataException($"{what}超出表格資料流範圍");
}

internal enum WordStory
{
    Main,
    Footnotes,
    Headers,
    Macro,
    Comments,
    Endnotes,
    TextBoxes,
    HeaderTextBoxes,
}
