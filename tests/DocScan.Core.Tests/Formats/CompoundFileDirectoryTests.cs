using System.Buffers.Binary;
using DocScan.Core.Formats;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Formats;

public class CompoundFileDirectoryTests
{
    private const int FirstDirectorySectorOffset = 0x30;
    private const int FatSectorCountOffset = 0x2C;

    [Fact]
    public void Reads_every_entry_name_and_kind()
    {
        var bytes = CfbBuilder.Build(
            ("WordDocument", new byte[5000]),
            ("1Table", new byte[100]),
            ("\u0005SummaryInformation", new byte[0]),
            ("Data", new byte[70]),
            ("ObjectPool", new byte[10]));

        var directory = CompoundFileDirectory.TryRead(bytes);

        Assert.NotNull(directory);
        Assert.Equal(["Root Entry", "WordDocument", "1Table", "\u0005SummaryInformation", "Data", "ObjectPool"],
            directory.Entries.Select(e => e.Name));
        Assert.Equal(CompoundFileEntryKind.Root, directory.Entries[0].Kind);
        Assert.All(directory.Entries.Skip(1), e => Assert.Equal(CompoundFileEntryKind.Stream, e.Kind));
        Assert.Equal(5000ul, directory.Entries[1].Size);
        Assert.True(directory.HasStream("worddocument"));
        Assert.False(directory.HasStream("Root Entry"));
    }

    [Fact]
    public void Directory_chain_that_loops_is_rejected()
    {
        var bytes = CfbBuilder.Build(("EncryptionInfo", new byte[100]), ("EncryptedPackage", new byte[5000]));
        var directorySector = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(FirstDirectorySectorOffset));
        SetFatEntry(bytes, directorySector, directorySector);

        Assert.Null(CompoundFileDirectory.TryRead(bytes));
    }

    [Theory]
    [InlineData(0x7FFFFFFFu)]
    [InlineData(CfbBuilder.FreeSector)]
    [InlineData(CfbBuilder.EndOfChain - 1)]
    public void Directory_sector_outside_the_file_is_rejected(uint sector)
    {
        var bytes = CfbBuilder.Build(("WordDocument", new byte[100]));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(FirstDirectorySectorOffset), sector);

        Assert.Null(CompoundFileDirectory.TryRead(bytes));
    }

    [Fact]
    public void Fat_larger_than_the_file_is_rejected()
    {
        var bytes = CfbBuilder.Build(("WordDocument", new byte[100]));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(FatSectorCountOffset), 0x00FFFFFF);

        Assert.Null(CompoundFileDirectory.TryRead(bytes));
    }

    [Fact]
    public void Truncated_container_is_rejected()
    {
        var bytes = CfbBuilder.Build(("WordDocument", new byte[100]));

        Assert.Null(CompoundFileDirectory.TryRead(bytes.AsSpan(0, bytes.Length - 512)));
        Assert.Null(CompoundFileDirectory.TryRead(bytes.AsSpan(0, 300)));
    }

    private static void SetFatEntry(byte[] bytes, uint sector, uint value)
    {
        var firstFatSector = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x4C));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan((int)(firstFatSector + 1) * 512 + 4 * (int)sector), value);
    }
}
