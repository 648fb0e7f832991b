using System.IO.Compression;
using System.Text;
using DocScan.Core.Extraction;

namespace DocScan.Core.Tests.Extraction;

public sealed class ZlibDataTests
{
    private static readonly byte[] Content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 200).Select(i =>
        $"BT /F1 12 Tf 64 {800 - i * 3} Td <{i:X4}0E06111213> Tj ET\n")));

    [Fact]
    public void Complete_data_is_intact()
    {
        var (data, intact) = ZlibData.Inflate(Compress(Content));

        Assert.True(intact);
        Assert.Equal(Content, data.ToArray());
    }

    [Fact]
    public void A_line_break_after_the_checksum_is_still_intact()
    {
        var (data, intact) = ZlibData.Inflate(Compress(Content).Concat("\r\n"u8.ToArray()).ToArray());

        Assert.True(intact);
        Assert.Equal(Content, data.ToArray());
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.7)]
    [InlineData(0.98)]
    public void Data_cut_short_is_damaged_and_keeps_what_came_before_the_cut(double kept)
    {
        var compressed = Compress(Content);

        var (data, intact) = ZlibData.Inflate(compressed[..(int)(compressed.Length * kept)]);

        Assert.False(intact);
        Assert.True(data.Length < Content.Length);
        Assert.Equal(Content[..data.Length], data.ToArray());
    }

    [Fact]
    public void A_flipped_bit_is_damaged()
    {
        var compressed = Compress(Content);
        compressed[compressed.Length / 2] ^= 0x08;

        Assert.False(ZlibData.Inflate(compressed).Intact);
    }

    [Fact]
    public void A_zero_checksum_after_complete_data_is_not_damage()
    {
        // Some producers write zeros for the checksum; poppler and qpdf read such files without a warning.
        var compressed = Compress(Content);
        compressed.AsSpan(compressed.Length - 4).Clear();

        var (data, intact) = ZlibData.Inflate(compressed);

        Assert.True(intact);
        Assert.Equal(Content, data.ToArray());
    }

    private static byte[] Compress(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(content);
        }

        return buffer.ToArray();
    }
}
