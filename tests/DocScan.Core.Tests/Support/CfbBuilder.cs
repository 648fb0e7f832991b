using System.Buffers.Binary;
using System.Text;

namespace DocScan.Core.Tests.Support;

/// <summary>
/// Writes small Compound File Binary containers ([MS-CFB] version 3, 512-byte sectors) whose streams
/// all sit in the root storage: enough for legacy Office and encrypted-OOXML fixtures. Streams below
/// the 4096-byte cutoff go to the mini stream as the format requires; containers that need more than
/// 109 FAT sectors get DIFAT sectors; the directory is written last, so reading it exercises the
/// whole FAT.
/// </summary>
public static class CfbBuilder
{
    public const uint EndOfChain = 0xFFFFFFFE;
    public const uint FreeSector = 0xFFFFFFFF;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint DifatSector = 0xFFFFFFFC;
    private const uint NoStream = 0xFFFFFFFF;
    private const int SectorSize = 512;
    private const int MiniSectorSize = 64;
    private const int MiniStreamCutoff = 4096;
    private const int IdsPerSector = SectorSize / 4;
    private const int HeaderDifatCount = 109;
    private const int EntrySize = 128;

    public static byte[] Build(params (string Name, byte[] Data)[] streams)
    {
        var miniFat = new List<uint>();
        var miniStream = new MemoryStream();
        var starts = new uint[streams.Length];
        for (var i = 0; i < streams.Length; i++)
        {
            var data = streams[i].Data;
            if (data.Length is 0 or >= MiniStreamCutoff)
            {
                continue;
            }

            starts[i] = (uint)miniFat.Count;
            AppendChain(miniFat, miniFat.Count, Sectors(data.Length, MiniSectorSize));
            miniStream.Write(data);
            miniStream.Write(new byte[Sectors(data.Length, MiniSectorSize) * MiniSectorSize - data.Length]);
        }

        var directorySectors = Sectors((streams.Length + 1) * EntrySize, SectorSize);
        var miniFatSectors = Sectors(miniFat.Count * 4, SectorSize);
        var miniStreamSectors = Sectors((int)miniStream.Length, SectorSize);
        var bigSectors = streams.Sum(s => s.Data.Length >= MiniStreamCutoff ? Sectors(s.Data.Length, SectorSize) : 0);
        var contentSectors = directorySectors + miniFatSectors + miniStreamSectors + bigSectors;
        var (fatSectors, difatSectors) = FatSize(contentSectors);

        // Layout: FAT, DIFAT, mini FAT, mini stream, big streams, directory.
        var fat = new List<uint>();
        AppendMarked(fat, fatSectors, FatSector);
        AppendMarked(fat, difatSectors, DifatSector);
        var miniFatStart = fat.Count;
        AppendChain(fat, fat.Count, miniFatSectors);
        var miniStreamStart = fat.Count;
        AppendChain(fat, fat.Count, miniStreamSectors);
        var body = new MemoryStream();
        body.Write(ToBytes(miniFat, miniFatSectors * SectorSize));
        body.Write(Padded(miniStream.ToArray(), miniStreamSectors * SectorSize));
        for (var i = 0; i < streams.Length; i++)
        {
            var data = streams[i].Data;
            if (data.Length >= MiniStreamCutoff)
            {
                starts[i] = (uint)fat.Count;
                AppendChain(fat, fat.Count, Sectors(data.Length, SectorSize));
                body.Write(Padded(data, Sectors(data.Length, SectorSize) * SectorSize));
            }
            else if (data.Length == 0)
            {
                starts[i] = EndOfChain;
            }
        }

        var directoryStart = fat.Count;
        AppendChain(fat, fat.Count, directorySectors);
        var root = new Entry("Root Entry", 5, miniStreamSectors > 0 ? (uint)miniStreamStart : EndOfChain, (ulong)miniStream.Length);
        var entries = streams.Select((s, i) => new Entry(s.Name, 2, starts[i], (ulong)s.Data.Length)).ToArray();
        body.Write(DirectoryBytes(root, entries, directorySectors));

        var output = new MemoryStream();
        output.Write(Header(fatSectors, difatSectors, directoryStart, miniFatSectors > 0 ? (uint)miniFatStart : EndOfChain, miniFatSectors));
        output.Write(ToBytes(fat, fatSectors * SectorSize, pad: FreeSector));
        output.Write(DifatBytes(fatSectors, difatSectors));
        output.Write(body.ToArray());
        return output.ToArray();
    }

    private static int Sectors(int bytes, int sectorSize) => (bytes + sectorSize - 1) / sectorSize;

    private static (int Fat, int Difat) FatSize(int contentSectors)
    {
        int fat = 0, difat = 0;
        while (true)
        {
            var needFat = Sectors((contentSectors + fat + difat) * 4, SectorSize);
            var needDifat = needFat > HeaderDifatCount ? (needFat - HeaderDifatCount + IdsPerSector - 2) / (IdsPerSector - 1) : 0;
            if (needFat == fat && needDifat == difat)
            {
                return (fat, difat);
            }

            (fat, difat) = (needFat, needDifat);
        }
    }

    private static void AppendChain(List<uint> table, int first, int count)
    {
        for (var i = 0; i < count; i++)
        {
            table.Add(i == count - 1 ? EndOfChain : (uint)(first + i + 1));
        }
    }

    private static void AppendMarked(List<uint> table, int count, uint mark) => table.AddRange(Enumerable.Repeat(mark, count));

    private static byte[] ToBytes(List<uint> values, int length, uint pad = FreeSector)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length / 4; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4 * i), i < values.Count ? values[i] : pad);
        }

        return bytes;
    }

    private static byte[] Padded(byte[] data, int length)
    {
        var bytes = new byte[length];
        data.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Header(int fatSectors, int difatSectors, int directoryStart, uint miniFatStart, int miniFatSectors)
    {
        var header = new byte[SectorSize];
        var span = header.AsSpan();
        ReadOnlySpan<byte> signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(span[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(span[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(span[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(span[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(span[0x2C..], (uint)fatSectors);
        BinaryPrimitives.WriteUInt32LittleEndian(span[0x30..], (uint)directoryStart);
        BinaryPrimitives.WriteUInt32LittleEndian(span[0x38..], MiniStreamCutoff);
        BinaryPrimitives.WriteUInt32LittleEndian(span[0x3C..], miniFatStart);
        BinaryPrimitives.WriteUInt32LittleEndian(span[0x40..], (uint)miniFatSectors);
        BinaryPrimitives.WriteUInt32LittleEndian(span[0x44..], difatSectors > 0 ? (uint)fatSectors : EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(span[0x48..], (uint)difatSectors);
        for (var i = 0; i < HeaderDifatCount; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(0x4C + 4 * i)..], i < fatSectors ? (uint)i : FreeSector);
        }

        return header;
    }

    /// <summary>DIFAT sectors list the FAT sectors the header has no room for; the FAT sectors are 0..n-1.</summary>
    private static byte[] DifatBytes(int fatSectors, int difatSectors)
    {
        var bytes = new byte[difatSectors * SectorSize];
        var next = HeaderDifatCount;
        for (var d = 0; d < difatSectors; d++)
        {
            var sector = bytes.AsSpan(d * SectorSize, SectorSize);
            for (var j = 0; j < IdsPerSector - 1; j++, next++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(sector[(4 * j)..], next < fatSectors ? (uint)next : FreeSector);
            }

            BinaryPrimitives.WriteUInt32LittleEndian(sector[(SectorSize - 4)..], d == difatSectors - 1 ? EndOfChain : (uint)(fatSectors + d + 1));
        }

        return bytes;
    }

    private static byte[] DirectoryBytes(Entry root, Entry[] streams, int directorySectors)
    {
        var bytes = new byte[directorySectors * SectorSize];
        for (var offset = 0; offset < bytes.Length; offset += EntrySize)
        {
            WriteLinks(bytes.AsSpan(offset), NoStream, NoStream, NoStream);
        }

        // Siblings form a red-black tree in CFB name order: a balanced tree whose incomplete last level is red.
        var order = Enumerable.Range(0, streams.Length)
            .OrderBy(i => streams[i].Name.Length)
            .ThenBy(i => streams[i].Name.ToUpperInvariant(), StringComparer.Ordinal)
            .ToArray();
        var height = (int)Math.Ceiling(Math.Log2(streams.Length + 1));
        var lastLevelFull = (streams.Length & (streams.Length + 1)) == 0;
        var treeRoot = WriteTree(bytes, streams, order, 0, order.Length - 1, depth: 0, redDepth: lastLevelFull ? -1 : height - 1);
        WriteEntry(bytes.AsSpan(0, EntrySize), root, NoStream, NoStream, treeRoot, black: true);
        return bytes;
    }

    private static uint WriteTree(byte[] bytes, Entry[] streams, int[] order, int low, int high, int depth, int redDepth)
    {
        if (low > high)
        {
            return NoStream;
        }

        var middle = (low + high) / 2;
        var left = WriteTree(bytes, streams, order, low, middle - 1, depth + 1, redDepth);
        var right = WriteTree(bytes, streams, order, middle + 1, high, depth + 1, redDepth);
        var index = order[middle] + 1;
        WriteEntry(bytes.AsSpan(index * EntrySize, EntrySize), streams[order[middle]], left, right, NoStream, black: depth != redDepth || depth == 0);
        return (uint)index;
    }

    private static void WriteEntry(Span<byte> raw, Entry entry, uint left, uint right, uint child, bool black)
    {
        var name = Encoding.Unicode.GetBytes(entry.Name);
        if (name.Length > 62)
        {
            throw new ArgumentException($"CFB names hold at most 31 characters: {entry.Name}");
        }

        name.CopyTo(raw);
        BinaryPrimitives.WriteUInt16LittleEndian(raw[0x40..], (ushort)(name.Length + 2));
        raw[0x42] = entry.Type;
        raw[0x43] = black ? (byte)1 : (byte)0;
        WriteLinks(raw, left, right, child);
        BinaryPrimitives.WriteUInt32LittleEndian(raw[0x74..], entry.Start);
        BinaryPrimitives.WriteUInt64LittleEndian(raw[0x78..], entry.Size);
    }

    private static void WriteLinks(Span<byte> raw, uint left, uint right, uint child)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(raw[0x44..], left);
        BinaryPrimitives.WriteUInt32LittleEndian(raw[0x48..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(raw[0x4C..], child);
    }

    private sealed record Entry(string Name, byte Type, uint Start, ulong Size);
}
