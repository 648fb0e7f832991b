using System.Buffers.Binary;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// The formatted disk pages of a Word 97–2003 file ([MS-DOC] 2.9.30 PlcBteChpx, 2.9.31 PlcBtePapx,
/// 2.9.35 ChpxFkp, 2.9.36 PapxFkp): runs of bytes in the WordDocument stream, each with the property
/// modifiers that apply to it. Lookups are by byte offset.
/// </summary>
internal sealed class FormattedPages<T>
    where T : struct
{
    private const int PageSize = 512;

    private readonly List<(int Start, int End, T Value)> _runs;

    private FormattedPages(List<(int, int, T)> runs) => _runs = runs;

    public static FormattedPages<T> Empty { get; } = new([]);

    /// <param name="paragraphs">PAPX pages (13-byte BX entries, word-counted PAPX) rather than CHPX pages.</param>
    /// <param name="interpret">
    /// What the run's style (the paragraph's istd on PAPX pages, 0 on CHPX pages, whose runs name their style
    /// in a sprm) and sprms mean to the caller; runs where it returns default are dropped.
    /// </param>
    public static FormattedPages<T> Read(
        ReadOnlySpan<byte> plcBte, ReadOnlySpan<byte> wordDocument, bool paragraphs, Func<int, List<(ushort Sprm, byte[] Operand)>, T> interpret)
    {
        // A file without formatting has no pages at all; that is not damage.
        if (plcBte.Length == 0)
        {
            return Empty;
        }

        if (plcBte.Length < 4 || (plcBte.Length - 4) % 8 != 0)
        {
            throw new InvalidDataException("格式對照表（PlcBte）長度不符");
        }

        var count = (plcBte.Length - 4) / 8;
        var runs = new List<(int, int, T)>();
        for (var i = 0; i < count; i++)
        {
            var page = BinaryPrimitives.ReadUInt32LittleEndian(plcBte[(4 * (count + 1) + 4 * i)..]) & 0x3F_FFFF;
            if ((long)(page + 1) * PageSize > wordDocument.Length)
            {
                throw new InvalidDataException("格式頁（FKP）超出 WordDocument 資料流範圍");
            }

            ReadPage(wordDocument.Slice((int)page * PageSize, PageSize), paragraphs, interpret, runs);
        }

        runs.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return new FormattedPages<T>(runs);
    }

    /// <summary>The value of the run holding byte <paramref name="fileOffset"/>; default when unformatted.</summary>
    public T At(int fileOffset)
    {
        int low = 0, high = _runs.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var (start, end, value) = _runs[mid];
            if (fileOffset < start)
            {
                high = mid - 1;
            }
            else if (fileOffset >= end)
            {
                low = mid + 1;
            }
            else
            {
                return value;
            }
        }

        return default;
    }

    private static void ReadPage(
        ReadOnlySpan<byte> fkp, bool paragraphs, Func<int, List<(ushort, byte[])>, T> interpret, List<(int, int, T)> runs)
    {
        var crun = fkp[PageSize - 1];
        var entrySize = paragraphs ? 13 : 1;
        if (4 * (crun + 1) + entrySize * crun > PageSize - 1)
        {
            throw new InvalidDataException("格式頁（FKP）的項目數不符");
        }

        for (var i = 0; i < crun; i++)
        {
            var start = BinaryPrimitives.ReadInt32LittleEndian(fkp[(4 * i)..]);
            var end = BinaryPrimitives.ReadInt32LittleEndian(fkp[(4 * i + 4)..]);
            var offset = fkp[4 * (crun + 1) + entrySize * i] * 2;
            if (offset == 0 || end <= start)
            {
                continue;
            }

            var style = 0;
            var grpprl = paragraphs ? PapxGrpprl(fkp[offset..], out style) : ChpxGrpprl(fkp[offset..]);
            var value = interpret(style, Sprms.Walk(grpprl));
            if (!EqualityComparer<T>.Default.Equals(value, default))
            {
                runs.Add((start, end, value));
            }
        }
    }

    private static ReadOnlySpan<byte> ChpxGrpprl(ReadOnlySpan<byte> chpx) =>
        1 + chpx[0] <= chpx.Length ? chpx.Slice(1, chpx[0]) : throw new InvalidDataException("字元格式（Chpx）超出格式頁範圍");

    // PapxInFkp: cb, or 0 and then cb'; the grpprlInPapx starts with a 2-byte style index.
    private static ReadOnlySpan<byte> PapxGrpprl(ReadOnlySpan<byte> papx, out int style)
    {
        var (start, size) = papx[0] != 0 ? (1, 2 * papx[0] - 1) : (2, 2 * (papx.Length > 1 ? papx[1] : 0));
        if (size < 2 || start + size > papx.Length)
        {
            throw new InvalidDataException("段落格式（Papx）超出格式頁範圍");
        }

        style = BinaryPrimitives.ReadUInt16LittleEndian(papx[start..]);
        return papx.Slice(start + 2, size - 2);
    }
}
