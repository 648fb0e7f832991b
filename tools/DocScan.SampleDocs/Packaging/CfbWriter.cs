using System.Buffers.Binary;
using System.Text;

namespace DocScan.SampleDocs.Packaging;

/// <summary>
/// A minimal writer of Compound File Binary (OLE2, version 3) containers: the shell of password-protected
/// OOXML files and of pre-2007 .doc files. Root-level streams only; streams under 4096 bytes go to the
/// mini stream as the format requires.
/// </summary>
public sealed class CfbWriter
{
    private const int SectorSize = 512;
    private const int MiniSectorSize = 64;
    private const int MiniStreamCutoff = 4096;
    private const int DirectoryEntrySize = 128;
    private const uint FreeSector = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint NoStream = 0xFFFFFFFF;

    private readonly List<(string Name, byte[] Data)> _streams = [];
    private readonly Guid _rootClassId;

    public CfbWriter(Guid rootClassId = default) => _rootClassId = rootClassId;

    public CfbWriter AddStream(string name, byte[] data)
    {
        if (name.Length > 31)
        {
            throw new ArgumentException("CFB names hold at most 31 characters.", nameof(name));
        }

        _streams.Add((name, data));
        return this;
    }

    public byte[] ToArray()
    {
        var fat = new List<uint>();
        var sectors = new MemoryStream();

        uint Allocate(byte[] data)
        {
            if (data.Length == 0)
            {
                return EndOfChain;
            }

            var start = (uint)fat.Count;
            var count = (data.Length + SectorSize - 1) / SectorSize;
            for (var i = 0; i < count; i++)
            {
                fat.Add(i == count - 1 ? EndOfChain : (uint)(fat.Count + 1));
            }

            sectors.Write(data);
            sectors.Write(new byte[count * SectorSize - data.Length]);
            return start;
        }

        var starts = new uint[_streams.Count];
        var miniFat = new List<uint>();
        var miniStream = new MemoryStream();
        for (var i = 0; i < _streams.Count; i++)
        {
            var data = _streams[i].Data;
            if (data.Length >= MiniStreamCutoff)
            {
                starts[i] = Allocate(data);
                continue;
            }

            if (data.Length == 0)
            {
                starts[i] = EndOfChain;
                continue;
            }

            starts[i] = (uint)miniFat.Count;
            var count = (data.Length + MiniSectorSize - 1) / MiniSectorSize;
            for (var k = 0; k < count; k++)
            {
                miniFat.Add(k == count - 1 ? EndOfChain : (uint)(miniFat.Count + 1));
            }

            miniStream.Write(data);
            miniStream.Write(new byte[count * MiniSectorSize - data.Length]);
        }

        var miniStreamStart = Allocate(miniStream.ToArray());
        var miniFatBytes = PadWithFree(ToBytes(miniFat), SectorSize);
        var miniFatStart = Allocate(miniFatBytes);
        var directoryStart = Allocate(BuildDirectory(starts, miniStreamStart, miniStream.Length));

        var dataSectors = fat.Count;
        var fatSectorCount = 1;
        while (fatSectorCount * (SectorSize / 4) < dataSectors + fatSectorCount)
        {
            fatSectorCount++;
        }

        if (fatSectorCount > 109)
        {
            throw new InvalidOperationException("This writer keeps the whole FAT in the header's DIFAT (109 sectors).");
        }

        var fatSectorIds = new List<uint>();
        for (var i = 0; i < fatSectorCount; i++)
        {
            fatSectorIds.Add((uint)fat.Count);
            fat.Add(FatSector);
        }

        var fatBytes = PadWithFree(ToBytes(fat), SectorSize);

        var output = new MemoryStream();
        output.Write(BuildHeader(fatSectorIds, directoryStart, miniFat.Count == 0 ? EndOfChain : miniFatStart,
            miniFatBytes.Length / SectorSize));
        output.Write(sectors.ToArray());
        output.Write(fatBytes);
        return output.ToArray();
    }

    private byte[] BuildDirectory(uint[] starts, uint miniStreamStart, long miniStreamLength)
    {
        var entryCount = _streams.Count + 1;
        var paddedCount = (entryCount + 3) / 4 * 4;
        var directory = new byte[paddedCount * DirectoryEntrySize];
        for (var i = 0; i < paddedCount; i++)
        {
            var entry = directory.AsSpan(i * DirectoryEntrySize, DirectoryEntrySize);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], NoStream);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], NoStream);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], NoStream);
        }

        // Siblings form a binary search tree ordered by name length, then upper-cased name.
        var order = Enumerable.Range(0, _streams.Count)
            .OrderBy(i => _streams[i].Name.Length)
            .ThenBy(i => _streams[i].Name.ToUpperInvariant(), StringComparer.Ordinal)
            .ToArray();
        var left = new uint[_streams.Count];
        var right = new uint[_streams.Count];
        var treeRoot = LinkTree(order, 0, order.Length - 1, left, right);

        WriteEntry(directory, 0, "Root Entry", type: 5, NoStream, NoStream, treeRoot,
            miniStreamLength == 0 ? EndOfChain : miniStreamStart, miniStreamLength, _rootClassId);
        for (var i = 0; i < _streams.Count; i++)
        {
            WriteEntry(directory, i + 1, _streams[i].Name, type: 2, left[i], right[i], NoStream,
                starts[i], _streams[i].Data.Length, Guid.Empty);
        }

        return directory;
    }

    private static uint LinkTree(int[] order, int low, int high, uint[] left, uint[] right)
    {
        if (low > high)
        {
            return NoStream;
        }

        var middle = (low + high) / 2;
        var stream = order[middle];
        left[stream] = LinkTree(order, low, middle - 1, left, right);
        right[stream] = LinkTree(order, middle + 1, high, left, right);
        return (uint)(stream + 1); // directory index; 0 is the root entry
    }

    private static void WriteEntry(byte[] directory, int index, string name, byte type, uint left, uint right,
        uint child, uint start, long size, Guid classId)
    {
        var entry = directory.AsSpan(index * DirectoryEntrySize, DirectoryEntrySize);
        Encoding.Unicode.GetBytes(name, entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)((name.Length + 1) * 2));
        entry[66] = type;
        entry[67] = 1; // black: readers do not rebalance, so colours only need to be legal
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], left);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child);
        classId.TryWriteBytes(entry.Slice(80, 16));
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], start);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[120..], (ulong)size);
    }

    private static byte[] BuildHeader(List<uint> fatSectorIds, uint directoryStart, uint miniFatStart, int miniFatSectors)
    {
        var header = new byte[SectorSize];
        var span = header.AsSpan();
        BinaryPrimitives.WriteUInt64BigEndian(span, 0xD0CF11E0A1B11AE1);
        BinaryPrimitives.WriteUInt16LittleEndian(span[24..], 0x003E); // minor version
        BinaryPrimitives.WriteUInt16LittleEndian(span[26..], 0x0003); // major version 3: 512-byte sectors
        BinaryPrimitives.WriteUInt16LittleEndian(span[28..], 0xFFFE); // little-endian
        BinaryPrimitives.WriteUInt16LittleEndian(span[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(span[44..], (uint)fatSectorIds.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(span[48..], directoryStart);
        BinaryPrimitives.WriteUInt32LittleEndian(span[56..], MiniStreamCutoff);
        BinaryPrimitives.WriteUInt32LittleEndian(span[60..], miniFatStart);
        BinaryPrimitives.WriteUInt32LittleEndian(span[64..], (uint)miniFatSectors);
        BinaryPrimitives.WriteUInt32LittleEndian(span[68..], EndOfChain); // no DIFAT sectors
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(76 + i * 4)..],
                i < fatSectorIds.Count ? fatSectorIds[i] : FreeSector);
        }

        return header;
    }

    private static byte[] ToBytes(List<uint> values)
    {
        var bytes = new byte[values.Count * 4];
        for (var i = 0; i < values.Count; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), values[i]);
        }

        return bytes;
    }

    private static byte[] PadWithFree(byte[] bytes, int multiple)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var padded = new byte[(bytes.Length + multiple - 1) / multiple * multiple];
        Array.Fill(padded, (byte)0xFF);
        bytes.CopyTo(padded, 0);
        return padded;
    }
}
