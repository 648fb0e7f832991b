using System.Buffers.Binary;
using System.Text;
using DocScan.Core.Formats;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// The string forms of BIFF8 records ([MS-XLS] 2.5.240, 2.5.293, 2.5.294), and the byte strings of
/// BIFF5, which are in the workbook's code page.
/// </summary>
internal static class BiffStrings
{
    /// <summary>The CODEPAGE record's code page as an encoding: Big5 through the project's Big5, others from the code-page provider.</summary>
    public static Encoding CodePage(int codePage) => codePage switch
    {
        950 => Big5.Encoding,
        _ => CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.Latin1,
    };

    /// <summary>The sheet name of a BOUNDSHEET record (after lbPlyPos and the visibility and type bytes).</summary>
    public static string SheetName(ReadOnlySpan<byte> boundSheet, Encoding? biff5) =>
        biff5 is null ? Short(boundSheet[6..]) : Bytes(boundSheet[7..], boundSheet[6], biff5);

    /// <summary>A BIFF5 string of <paramref name="count"/> bytes in the workbook's code page.</summary>
    public static string Bytes(ReadOnlySpan<byte> chars, int count, Encoding codePage) =>
        codePage.GetString(chars[..Math.Min(count, chars.Length)]);

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
