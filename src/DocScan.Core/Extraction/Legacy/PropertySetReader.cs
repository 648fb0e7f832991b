using System.Buffers.Binary;
using System.Text;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// Reads the string properties of an OLE property set stream ([MS-OLEPS]): SummaryInformation
/// (title, subject, author, keywords, comments, last saved by) and DocumentSummaryInformation
/// (category, manager, company, and the user-defined section). Every binary Office file carries them.
/// </summary>
internal static class PropertySetReader
{
    private const ushort VtLpstr = 0x001E;
    private const ushort VtLpwstr = 0x001F;
    private const uint CodePageProperty = 1;
    private const int MaxStringBytes = 64 * 1024;

    /// <summary>Added to the ids of the user-defined section, so callers can tell them from the standard ones.</summary>
    public const uint UserDefined = 0x1_0000;

    /// <summary>String values with their property ids, in stream order; throws <see cref="InvalidDataException"/> when malformed.</summary>
    public static List<(uint Id, string Value)> Read(ReadOnlySpan<byte> stream)
    {
        if (stream.Length < 28 || BinaryPrimitives.ReadUInt16LittleEndian(stream) != 0xFFFE)
        {
            throw new InvalidDataException("property set header");
        }

        var sets = BinaryPrimitives.ReadUInt32LittleEndian(stream[24..]);
        var values = new List<(uint, string)>();
        for (var s = 0; s < Math.Min(sets, 2u); s++)
        {
            var offset = 28 + 20 * s + 16;
            if (offset + 4 > stream.Length)
            {
                throw new InvalidDataException("property set list");
            }

            var setStart = BinaryPrimitives.ReadInt32LittleEndian(stream[offset..]);
            if (setStart < 0 || setStart + 8 > stream.Length)
            {
                throw new InvalidDataException("property set offset");
            }

            // The second section holds user-defined properties; their ids mean nothing outside the file.
            ReadSet(stream[setStart..], values, s == 0 ? 0u : UserDefined);
        }

        return values;
    }

    private static void ReadSet(ReadOnlySpan<byte> set, List<(uint, string)> values, uint idBase)
    {
        var count = BinaryPrimitives.ReadUInt32LittleEndian(set[4..]);
        if (count > (set.Length - 8) / 8)
        {
            throw new InvalidDataException("property count");
        }

        var entries = new List<(uint Id, int Offset)>();
        for (var i = 0; i < count; i++)
        {
            entries.Add((BinaryPrimitives.ReadUInt32LittleEndian(set[(8 + 8 * i)..]), BinaryPrimitives.ReadInt32LittleEndian(set[(12 + 8 * i)..])));
        }

        var encoding = Encoding.UTF8;
        if (entries.FirstOrDefault(e => e.Id == CodePageProperty) is { Offset: > 0 } codePage && codePage.Offset + 8 <= set.Length)
        {
            encoding = EncodingOf(BinaryPrimitives.ReadUInt16LittleEndian(set[(codePage.Offset + 4)..]));
        }

        foreach (var (id, offset) in entries)
        {
            if (offset < 0 || offset + 8 > set.Length || id <= CodePageProperty)
            {
                continue;
            }

            var type = BinaryPrimitives.ReadUInt16LittleEndian(set[offset..]);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(set[(offset + 4)..]);
            var data = set[(offset + 8)..];
            var text = type switch
            {
                VtLpstr when size <= Math.Min(data.Length, MaxStringBytes) => encoding.GetString(data[..(int)size]),
                VtLpwstr when size * 2 <= Math.Min(data.Length, MaxStringBytes) => Encoding.Unicode.GetString(data[..(int)(size * 2)]),
                _ => null,
            };
            if (text?.TrimEnd('\0') is { Length: > 0 } value)
            {
                values.Add((idBase + id, value));
            }
        }
    }

    // 1200 is UTF-16 in name only: VT_LPSTR values of such sets are still read as UTF-16 by Office.
    private static Encoding EncodingOf(ushort codePage) => codePage switch
    {
        1200 => Encoding.Unicode,
        65001 => Encoding.UTF8,
        _ => CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.Latin1,
    };
}
