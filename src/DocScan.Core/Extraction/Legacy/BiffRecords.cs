using System.Buffers.Binary;
using System.Text;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// The record sequence of a BIFF8 Workbook (or BIFF5 Book) stream ([MS-XLS] 2.1.4): a 2-byte type, a 2-byte length
/// and the data. A record that runs past the stream ends the walk with an exception.
/// </summary>
internal static class BiffRecords
{
    private const ushort Bof = 0x0809;
    private const ushort BoundSheet = 0x0085;
    private const ushort Eof = 0x000A;
    private const ushort CodePage = 0x0042;
    private const ushort Biff5Version = 0x0500;

    /// <summary>
    /// Every record with the name of the sheet it belongs to: BOUNDSHEET records name each sheet by where
    /// its BOF starts; records before the first sheet's BOF (the workbook globals) have none.
    /// </summary>
    public static IEnumerable<(BiffRecord Record, string? Sheet)> WalkSheets(byte[] stream, Encoding? biff5)
    {
        var sheetsByOffset = new Dictionary<int, string>();
        string? sheet = null;
        foreach (var record in Walk(stream))
        {
            if (record.Type == BoundSheet && record.Data.Length >= 8)
            {
                sheetsByOffset[BinaryPrimitives.ReadInt32LittleEndian(record.Data.Span)] = BiffStrings.SheetName(record.Data.Span, biff5);
            }
            else if (record.Type == Bof)
            {
                sheet = sheetsByOffset.GetValueOrDefault(record.Offset);
            }

            yield return (record, sheet);
        }
    }

    /// <summary>
    /// For a BIFF5 (Excel 5.0/95) stream, the code page its strings are in (the globals' CODEPAGE record;
    /// Windows-1252 without one); null for BIFF8, whose strings carry their own encoding.
    /// </summary>
    public static Encoding? Biff5CodePage(byte[] stream)
    {
        Encoding? biff5 = null;
        foreach (var record in Walk(stream))
        {
            var data = record.Data.Span;
            if (record.Type == Bof && record.Offset == 0)
            {
                if (data.Length < 2 || BinaryPrimitives.ReadUInt16LittleEndian(data) != Biff5Version)
                {
                    return null;
                }

                biff5 = BiffStrings.CodePage(1252);
            }
            else if (record.Type == CodePage && data.Length >= 2)
            {
                return BiffStrings.CodePage(BinaryPrimitives.ReadUInt16LittleEndian(data));
            }
            else if (record.Type == Eof)
            {
                break;
            }
        }

        return biff5;
    }

    public static IEnumerable<BiffRecord> Walk(byte[] stream)
    {
        var position = 0;
        while (position + 4 <= stream.Length)
        {
            var type = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(position));
            var length = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(position + 2));
            if (position + 4 + length > stream.Length)
            {
                throw new InvalidDataException($"record 0x{type:X4} at {position} runs past the stream");
            }

            yield return new BiffRecord(type, position, new ReadOnlyMemory<byte>(stream, position + 4, length));
            position += 4 + length;
        }
    }
}

/// <param name="Offset">Where the record starts in the stream (what BOUNDSHEET8.lbPlyPos points at).</param>
internal readonly record struct BiffRecord(ushort Type, int Offset, ReadOnlyMemory<byte> Data);
