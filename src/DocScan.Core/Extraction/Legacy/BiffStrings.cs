using System.Buffers.Binary;
using System.Text;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>The string forms of BIFF8 records ([MS-XLS] 2.5.240, 2.5.293, 2.5.294).</summary>
internal static class BiffStrings
{
    /// <summary>ShortXLUnicodeString: cch (1 byte), fHighByte, characters.</summary>
    public static string Short(ReadOnlySpan<byte> data) =>
        data.Length < 2 ? "" : Characters(data[2..], data[0], (data[1] & 1) != 0);

    /// <summary>XLUnicodeString: cch (2 bytes), fHighByte, characters.</summary>
    public static string Unicode(ReadOnlySpan<byte> data) =>
        data.Length < 3 ? "" : Characters(data[3..], BinaryPrimitives.ReadUInt16LittleEndian(data), (data[2] & 1) != 0);

    /// <summary>8-bit strings hold the low bytes of UTF-16 characters (Latin-1), not a code page ([MS-XLS] 2.5.296).</summary>
    public static string Characters(ReadOnlySpan<byte> chars, int count, bool wide) => wide
        ? Encoding.Unicode.GetString(chars[..Math.Min(2 * count, chars.Length & ~1)])
        : Encoding.Latin1.GetString(chars[..Math.Min(count, chars.Length)]);
}
