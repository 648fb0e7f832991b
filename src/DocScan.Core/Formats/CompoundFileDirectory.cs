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

    private CompoundFileDirectory(IReadOnlyList<CompoundFileEntry> entries) => Entries = entries;

    /// <summary>Every allocated entry (root, storages, streams) in directory order.</summary>
    public IReadOnlyList<CompoundFileEntry> Entries { get; }

    public bool HasStream(string name) =>
        Entries.Any(e => e.Kind == CompoundFileEntryKind.Stream && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    public static bool HasSignature(ReadOnlySpan<byte> content) => content.StartsWith(Signature);

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
        return entries is null ? null : new CompoundFileDirectory(entries);
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
        for (var sector = firstSector; sector != EndOfChain; sector = fat[sector])
        {
            if (!layout.IsValid(sector) || visited[sector])
            {
                return null;
            }

            visited[sector] = true;
            var data = layout.Sector(content, sector);
            for (var offset = 0; offset + DirectoryEntrySize <= data.Length; offset += DirectoryEntrySize)
            {
                if (ReadEntry(data.Slice(offset, DirectoryEntrySize)) is { } entry)
                {
                    entries.Add(entry);
                }
            }
        }

        return entries.Count > 0 && entries[0].Kind == CompoundFileEntryKind.Root ? entries : null;
    }

    private static CompoundFileEntry? ReadEntry(ReadOnlySpan<byte> raw)
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
            BinaryPrimitives.ReadUInt64LittleEndian(raw[0x78..]));
    }

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
internal sealed record CompoundFileEntry(string Name, CompoundFileEntryKind Kind, uint StartSector, ulong Size);
