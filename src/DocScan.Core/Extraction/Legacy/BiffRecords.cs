using System.Buffers.Binary;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// The record sequence of a BIFF8 Workbook stream ([MS-XLS] 2.1.4): a 2-byte type, a 2-byte length
/// and the data. A record that runs past the stream ends the walk with an exception.
/// </summary>
internal static class BiffRecords
{
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
