using DocScan.Core.Formats;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Formats;

/// <summary>Reading streams back out of a compound file: through the mini stream, the FAT, and not past the file.</summary>
public class CompoundFileStreamTests
{
    [Theory]
    [InlineData(100)]      // mini stream
    [InlineData(5000)]     // regular sectors
    [InlineData(300_000)]  // a chain over many FAT sectors
    public void Stream_reads_back_exactly(int size)
    {
        var data = Enumerable.Range(0, size).Select(i => (byte)(i * 7)).ToArray();
        var file = CfbBuilder.Build(("Other", [1, 2, 3]), ("WordDocument", data));

        var directory = CompoundFileDirectory.TryRead(file)!;
        var entry = directory.Child(directory.Root, "worddocument")!;

        Assert.Equal(data, directory.ReadStream(file, entry, file.Length));
    }

    [Fact]
    public void Stream_longer_than_the_limit_is_refused_before_reading()
    {
        var file = CfbBuilder.Build(("WordDocument", new byte[5000]));
        var directory = CompoundFileDirectory.TryRead(file)!;

        Assert.Throws<InvalidDataException>(() => directory.ReadStream(file, directory.Child(directory.Root, "WordDocument")!, 4096));
    }

    [Fact]
    public void Stream_cut_off_by_truncation_is_invalid_data()
    {
        var file = CfbBuilder.Build(("WordDocument", new byte[20_000]));
        var directory = CompoundFileDirectory.TryRead(file)!;
        var entry = directory.Child(directory.Root, "WordDocument")!;

        // The directory is written last; with the data's last sectors gone, the chain points past the end.
        var cut = file.AsSpan(0, file.Length / 2).ToArray();
        Assert.Throws<InvalidDataException>(() => directory.ReadStream(cut, entry, file.Length));
    }
}
