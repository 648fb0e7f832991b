using System.Buffers.Binary;
using System.Text;

namespace DocScan.Core.Formats;

/// <summary>
/// The directory of a Compound File Binary container ([MS-CFB]): the names and kinds of its storages
/// and streams, read without reading any stream. Enough to tell an encrypted OOXML package from a
/// legacy .doc/.xls/.ppt. Every sector number is checked and every chain is followed at most once,
/// so a hostile header cannot make it loop or read outside the file.
/// </summary>
internal sealed class CompoundFileDirectory
{
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const int HeaderSize = 512;
    private const int HeaderDifatCount = 109;
    private const int DirectoryEntrySize = 128;
    private const uint MaxRegularSector = 0xFFFFFFFA;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FreeSector = 0xFFFFFFFF;

    private readonly uint[] _fat;
    private readonly SectorGeometry _geometry;

    private CompoundFileDirectory(IReadOnlyList<CompoundFileEntry> entries, uint[] fat, SectorGeometry geometry)
    {
        Entries = entries;
        _fat = fat;
        _geometry = geometry;
    }

    /// <summary>Every allocated entry (root, storages, streams) in directory order.</summary>
    public IReadOnlyList<CompoundFileEntry> Entries { get; }

    public bool HasStream(string name) =>
        Entries.Any(e => e.Kind == CompoundFileEntryKind.Stream && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    public static bool HasSignature(ReadOnlySpan<byte> content) => content.StartsWith(Signature);

    public CompoundFileEntry Root => Entries[0];

    /// <summary>The members of a storage (the root included), each visited once however the tree is linked.</summary>
    public IReadOnlyList<CompoundFileEntry> Children(CompoundFileEntry storage)
    {
        var byId = Entries.ToDictionary(e => e.Id);
        var members = new List<CompoundFileEntry>();
        var visited = new HashSet<uint>();
        var pending = new Stack<uint>();
        pending.Push(storage.Child);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (!byId.TryGetValue(id, out var entry) || entry.Kind == CompoundFileEntryKind.Root || !visited.Add(id))
            {
                continue;
            }

            members.Add(entry);
            pending.Push(entry.Left);
            pending.Push(entry.Right);
        }

        return members;
    }

    /// <summary>The member of <paramref name="storage"/> called <paramref name="name"/> (names compare case-insensitively in CFB).</summary>
    public CompoundFileEntry? Child(CompoundFileEntry storage, string name) =>
        Children(storage).FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The bytes of a stream, following its sector chain through the FAT or, for small streams, the
    /// mini FAT. Throws <see cref="InvalidDataException"/> when the chain is broken, loops or ends
    /// before the declared size, and before allocating anything when the size exceeds <paramref name="maxBytes"/>.
    /// </summary>
    public byte[] ReadStream(ReadOnlySpan<byte> content, CompoundFileEntry stream, long maxBytes)
    {
        if (stream.Size > (ulong)maxBytes)
        {
            throw new InvalidDataException($"stream {stream.Name} declares {stream.Size} bytes, over the limit of {maxBytes}");
        }

        var size = (int)stream.Size;
        if (size == 0)
        {
            return [];
        }

        if (stream.Kind == CompoundFileEntryKind.Stream && stream.Size < _geometry.MiniStreamCutoff)
        {
            var miniStream = ReadStream(content, Root, Math.Min(maxBytes * 64, content.Length));
            var miniFat = ReadChain(content, _geometry.MiniFatStart, content.Length);
            var miniEntries = new uint[miniFat.Length / 4];
            for (var i = 0; i < miniEntries.Length; i++)
            {
                miniEntries[i] = BinaryPrimitives.ReadUInt32LittleEndian(miniFat.AsSpan(4 * i));
            }

            return Gather(miniStream, miniEntries, _geometry.MiniSectorSize, stream.StartSector, size);
        }

        return Gather(content, _fat, _geometry.SectorSize, stream.StartSector, size, headerSectors: 1);
    }

    // A chain whose length is unknown (the mini FAT): read until its end, bounded by the FAT's own size.
    private byte[] ReadChain(ReadOnlySpan<byte> content, uint start, long maxBytes)
    {
        var bytes = new List<byte>();
        var visited = new HashSet<uint>();
        for (var sector = start; sector != EndOfChain && bytes.Count < maxBytes; sector = _fat[sector])
        {
            if (sector >= _fat.Length || !visited.Add(sector))
            {
                throw new InvalidDataException("broken mini FAT chain");
            }

            bytes.AddRange(content.Slice((int)(sector + 1) * _geometry.SectorSize, _geometry.SectorSize));
        }

        return bytes.ToArray();
    }

    private static byte[] Gather(ReadOnlySpan<byte> source, uint[] table, int sectorSize, uint start, int size, int headerSectors = 0)
    {
        var result = new byte[size];
        var written = 0;
        var visited = new HashSet<uint>();
        for (var sector = start; written < size; sector = table[sector])
        {
            var take = Math.Min(sectorSize, size - written);
            var offset = ((long)sector + headerSectors) * sectorSize;
            if (sector >= table.Length || !visited.Add(sector) || offset + take > source.Length)
            {
                throw new InvalidDataException("sector chain is broken or ends before the stream's declared size (truncated file?)");
            }

            source.Slice((int)offset, take).CopyTo(result.AsSpan(written));
            written += take;
        }

        return result;
    }

    /// <summary>Reads the directory; null when the container is not a well-formed CFB.</summary>
    public static CompoundFileDirectory? TryRead(ReadOnlySpan<byte> content)
    {
        if (content.Length < HeaderSize || !HasSignature(content))
        {
            return null;
        }

        var header = content[..HeaderSize];
        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header[0x1E..]);
        if (BinaryPrimitives.ReadUInt16LittleEndian(header[0x1C..]) != 0xFFFE || sectorShift is not (9 or 12))
        {
            return null;
        }

        var layout = new SectorLayout(content, 1 << sectorShift);
        var fat = ReadFat(content, header, layout);
        if (fat is null)
        {
            return null;
        }

        var firstDirectorySector = BinaryPrimitives.ReadUInt32LittleEndian(header[0x30..]);
        var entries = ReadEntries(content, fat, layout, firstDirectorySector);
        var geometry = new SectorGeometry(
            layout.SectorSize,
            1 << Math.Min((int)BinaryPrimitives.ReadUInt16LittleEndian(header[0x20..]), 12),
            BinaryPrimitives.ReadUInt32LittleEndian(header[0x38..]),
            BinaryPrimitives.ReadUInt32LittleEndian(header[0x3C..]));
        return entries is null ? null : new CompoundFileDirectory(entries, fat, geometry);
    }

    private static uint[]? ReadFat(ReadOnlySpan<byte> content, ReadOnlySpan<byte> header, SectorLayout layout)
    {
        var fatSectorCount = BinaryPrimitives.ReadUInt32LittleEndian(header[0x2C..]);
        if (fatSectorCount > layout.SectorCount)
        {
            return null;
        }

        var fatSectors = new List<uint>((int)fatSectorCount);
        for (var i = 0; i < HeaderDifatCount && fatSectors.Count < fatSectorCount; i++)
        {
            fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(header[(0x4C + 4 * i)..]));
        }

        if (!ReadDifatSectors(content, header, layout, fatSectors, fatSectorCount))
        {
            return null;
        }

        // Only entries for sectors that exist matter; a header claiming more FAT than the file holds cannot inflate this.
        var fat = new uint[layout.SectorCount];
        Array.Fill(fat, FreeSector);
        var perSector = layout.SectorSize / 4;
        for (var i = 0; i < fatSectors.Count; i++)
        {
            if (!layout.IsValid(fatSectors[i]))
            {
                return null;
            }

            var sector = layout.Sector(content, fatSectors[i]);
            for (var j = 0; j < perSector && (long)i * perSector + j < fat.Length; j++)
            {
                fat[i * perSector + j] = BinaryPrimitives.ReadUInt32LittleEndian(sector[(4 * j)..]);
            }
        }

        return fat;
    }

    private static bool ReadDifatSectors(
        ReadOnlySpan<byte> content, ReadOnlySpan<byte> header, SectorLayout layout, List<uint> fatSectors, uint fatSectorCount)
    {
        var next = BinaryPrimitives.ReadUInt32LittleEndian(header[0x44..]);
        var perSector = layout.SectorSize / 4 - 1;
        var visited = new HashSet<uint>();
        while (fatSectors.Count < fatSectorCount)
        {
            if (!layout.IsValid(next) || !visited.Add(next))
            {
                return false;
            }

            var sector = layout.Sector(content, next);
            for (var j = 0; j < perSector && fatSectors.Count < fatSectorCount; j++)
            {
                fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(sector[(4 * j)..]));
            }

            next = BinaryPrimitives.ReadUInt32LittleEndian(sector[(4 * perSector)..]);
        }

        return true;
    }

    private static List<CompoundFileEntry>? ReadEntries(
        ReadOnlySpan<byte> content, uint[] fat, SectorLayout layout, uint firstSector)
    {
        var entries = new List<CompoundFileEntry>();
        var visited = new bool[layout.SectorCount];
        var id = 0u;
        for (var sector = firstSector; sector != EndOfChain; sector = fat[sector])
        {
            if (!layout.IsValid(sector) || visited[sector])
            {
                return null;
            }

            visited[sector] = true;
            var data = layout.Sector(content, sector);
            for (var offset = 0; offset + DirectoryEntrySize <= data.Length; offset += DirectoryEntrySize, id++)
            {
                if (ReadEntry(data.Slice(offset, DirectoryEntrySize), id) is { } entry)
                {
                    entries.Add(entry);
                }
            }
        }

        return entries.Count > 0 && entries[0].Kind == CompoundFileEntryKind.Root ? entries : null;
    }

    private static CompoundFileEntry? ReadEntry(ReadOnlySpan<byte> raw, uint id)
    {
        var kind = raw[0x42] switch
        {
            1 => CompoundFileEntryKind.Storage,
            2 => CompoundFileEntryKind.Stream,
            5 => CompoundFileEntryKind.Root,
            _ => (CompoundFileEntryKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        // The length counts the UTF-16 terminator; anything out of range is treated as no name at all.
        var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(raw[0x40..]);
        var name = nameBytes is >= 2 and <= 64 && nameBytes % 2 == 0
            ? Encoding.Unicode.GetString(raw[..(nameBytes - 2)])
            : "";
        return new CompoundFileEntry(name, kind.Value,
            BinaryPrimitives.ReadUInt32LittleEndian(raw[0x74..]),
            BinaryPrimitives.ReadUInt64LittleEndian(raw[0x78..]))
        {
            Id = id,
            Left = BinaryPrimitives.ReadUInt32LittleEndian(raw[0x44..]),
            Right = BinaryPrimitives.ReadUInt32LittleEndian(raw[0x48..]),
            Child = BinaryPrimitives.ReadUInt32LittleEndian(raw[0x4C..]),
        };
    }

    /// <param name="MiniStreamCutoff">Streams smaller than this live in the mini stream (4096 in every version).</param>
    private readonly record struct SectorGeometry(int SectorSize, int MiniSectorSize, uint MiniStreamCutoff, uint MiniFatStart);

    private readonly struct SectorLayout(ReadOnlySpan<byte> content, int sectorSize)
    {
        public int SectorSize { get; } = sectorSize;

        /// <summary>Whole sectors after the header sector; a trailing partial sector is not addressable.</summary>
        public int SectorCount { get; } = Math.Max(0, (content.Length - sectorSize) / sectorSize);

        public bool IsValid(uint sector) => sector <= MaxRegularSector && sector < (uint)SectorCount;

        public ReadOnlySpan<byte> Sector(ReadOnlySpan<byte> content, uint sector) =>
            content.Slice((int)(sector + 1) * SectorSize, SectorSize);
    }
}

internal enum CompoundFileEntryKind
{
    Storage,
    Stream,
    Root,
}

/// <param name="Name">The entry name as stored (e.g. <c>EncryptedPackage</c>, <c>\u0005SummaryInformation</c>).</param>
/// <param name="StartSector">First sector of its data (in the mini stream when <paramref name="Size"/> is below the cutoff).</param>
/// <param name="Size">Stream size in bytes as declared; not checked against the file.</param>
internal sealed record CompoundFileEntry(string Name, CompoundFileEntryKind Kind, uint StartSector, ulong Size)
{
    /// <summary>Position in the directory: what <see cref="Left"/>, <see cref="Right"/> and <see cref="Child"/> refer to.</summary>
    public uint Id { get; init; }

    public uint Left { get; init; } = uint.MaxValue;

    public uint Right { get; init; } = uint.MaxValue;

    /// <summary>Root of the red-black tree of this storage's members.</summary>
    public uint Child { get; init; } = uint.MaxValue;
}
