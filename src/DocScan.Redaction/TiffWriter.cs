using System.Buffers.Binary;
using System.IO.Compression;

namespace DocScan.Redaction;

/// <summary>
/// Writes grey pages as one multi-page baseline TIFF (8-bit, Deflate, one strip a page). It writes the
/// tags a reader needs to show the pixels and nothing else: no resolution guess, no software, date,
/// EXIF or XMP, so a draft carries none of the original's metadata.
/// </summary>
internal static class TiffWriter
{
    private const ushort Short = 3;
    private const ushort Long = 4;

    /// <param name="pages">Each page's width, height and rows of grey pixels (<paramref name="pages"/>' Stride bytes apart).</param>
    public static byte[] Write(IReadOnlyList<(int Width, int Height, int Stride, byte[] Pixels)> pages)
    {
        using var output = new MemoryStream();
        var word = new byte[4];
        output.Write("II*\0"u8);
        var nextIfdPointer = output.Position;
        output.Write(word); // offset of the first IFD, filled in below
        foreach (var (width, height, stride, pixels) in pages)
        {
            var stripOffset = output.Position;
            using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                for (var row = 0; row < height; row++)
                {
                    zlib.Write(pixels, row * stride, width);
                }
            }

            var stripLength = output.Position - stripOffset;
            if (output.Position % 2 == 1)
            {
                output.WriteByte(0); // IFDs start on a word boundary
            }

            var ifd = output.Position;
            Patch(output, nextIfdPointer, (uint)ifd);
            (ushort Tag, ushort Type, uint Value)[] entries =
            [
                (256, Long, (uint)width),
                (257, Long, (uint)height),
                (258, Short, 8),                 // bits per sample
                (259, Short, 8),                 // compression: Deflate
                (262, Short, 1),                 // photometric: black is zero
                (273, Long, (uint)stripOffset),
                (277, Short, 1),                 // samples per pixel
                (278, Long, (uint)height),       // rows per strip: the whole page
                (279, Long, (uint)stripLength),
            ];
            var entry = new byte[12];
            BinaryPrimitives.WriteUInt16LittleEndian(entry, (ushort)entries.Length);
            output.Write(entry, 0, 2);
            foreach (var (tag, type, value) in entries)
            {
                Array.Clear(entry);
                BinaryPrimitives.WriteUInt16LittleEndian(entry, tag);
                BinaryPrimitives.WriteUInt16LittleEndian(entry.AsSpan(2), type);
                BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(4), 1);
                if (type == Short)
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(entry.AsSpan(8), (ushort)value);
                }
                else
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(8), value);
                }

                output.Write(entry);
            }

            nextIfdPointer = output.Position;
            output.Write(word); // offset of the next IFD: none unless another page follows
        }

        return output.ToArray();
    }

    private static void Patch(MemoryStream output, long at, uint value)
    {
        var end = output.Position;
        output.Position = at;
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        output.Write(bytes);
        output.Position = end;
    }
}
