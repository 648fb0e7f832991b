using System.Buffers.Binary;
using System.IO.Compression;

namespace DocScan.Core.Extraction;

/// <summary>
/// Inflates zlib data (RFC 1950) and says whether all of it was there. .NET's inflater ends quietly where
/// the data is cut short, which is how a truncated object stream looks; so the data is inflated with zero
/// bytes after it, which a complete deflate stream never reads and a cut one reads on into more output or
/// an error; the Adler-32 checksum is compared by hand. Some producers write zeros for the checksum (and
/// poppler and qpdf read such files without a word): complete data with a zero checksum is intact.
/// </summary>
internal static class ZlibData
{
    private const int HeaderLength = 2;
    private const int ChecksumLength = 4;

    // Producers may end a stream's data with a line break (and some with a few spaces) before endstream.
    private const int MaxTrailingBytes = 4;

    /// <summary>The inflated data and whether it is intact; damaged data yields what inflates before the damage.</summary>
    public static (Memory<byte> Data, bool Intact) Inflate(ReadOnlyMemory<byte> input)
    {
        if (input.Length < HeaderLength + ChecksumLength)
        {
            return (Memory<byte>.Empty, false);
        }

        var padded = new byte[input.Length - HeaderLength + 16];
        input.Span[HeaderLength..].CopyTo(padded);
        var (data, complete) = InflateRaw(padded);
        if (complete && ChecksumMatches(input.Span, Adler32(data.Span)))
        {
            return (data, true);
        }

        var (unpadded, _) = InflateRaw(input[HeaderLength..].ToArray());
        var ended = complete && unpadded.Length == data.Length;
        return (unpadded, ended && EndsWithZeroChecksum(input.Span));
    }

    private static (Memory<byte> Data, bool Complete) InflateRaw(byte[] deflate)
    {
        using var output = new MemoryStream(deflate.Length * 3);
        try
        {
            using var inflater = new DeflateStream(new MemoryStream(deflate, writable: false), CompressionMode.Decompress);
            inflater.CopyTo(output);
            return (output.GetBuffer().AsMemory(0, (int)output.Length), true);
        }
        catch (InvalidDataException)
        {
            return (output.GetBuffer().AsMemory(0, (int)output.Length), false);
        }
    }

    private static bool ChecksumMatches(ReadOnlySpan<byte> input, uint checksum)
    {
        Span<byte> expected = stackalloc byte[ChecksumLength];
        BinaryPrimitives.WriteUInt32BigEndian(expected, checksum);
        var tail = input[Math.Max(HeaderLength, input.Length - ChecksumLength - MaxTrailingBytes)..];
        return tail.IndexOf(expected) >= 0;
    }

    private static bool EndsWithZeroChecksum(ReadOnlySpan<byte> input) =>
        input.TrimEnd("\r\n "u8)[^ChecksumLength..].IndexOfAnyExcept((byte)0) < 0;

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        // The largest run of bytes whose sums cannot overflow 32 bits before the modulo (zlib's NMAX).
        const int MaxRun = 5552;
        const uint Modulus = 65521;
        uint a = 1, b = 0;
        while (data.Length > 0)
        {
            var run = data[..Math.Min(MaxRun, data.Length)];
            foreach (var value in run)
            {
                a += value;
                b += a;
            }

            a %= Modulus;
            b %= Modulus;
            data = data[run.Length..];
        }

        return b << 16 | a;
    }
}
