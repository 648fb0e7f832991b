namespace DocScan.Core.Formats;

/// <summary>
/// Finds where UTF-16 text loses step: a byte lost or added in transit shifts every later character by
/// half a code unit, and the rest of the file decodes to unrelated CJK characters with no error at all.
/// ASCII in UTF-16 (digits, commas, line breaks: most of a roster's IDs and separators) has its zero byte
/// on one side; after the damage the zeros fall on the other side.
/// </summary>
internal static class Utf16Alignment
{
    private const int WindowBytes = 128;

    // A window says something only with enough ASCII in it; pure CJK text has no zero bytes at all.
    private const int MinZerosInWindow = 8;

    /// <summary>The offset of the first window whose zero bytes fall on the wrong side, or null when the text keeps step.</summary>
    public static int? FirstShift(ReadOnlySpan<byte> content, bool littleEndian)
    {
        for (var start = 0; start + WindowBytes <= content.Length; start += WindowBytes)
        {
            var (even, odd) = ZeroBytes(content.Slice(start, WindowBytes));
            var (expected, other) = littleEndian ? (odd, even) : (even, odd);
            if (other >= MinZerosInWindow && other > expected * 4)
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>How many zero bytes stand at even and at odd offsets of <paramref name="bytes"/> (whole code units only).</summary>
    public static (int Even, int Odd) ZeroBytes(ReadOnlySpan<byte> bytes)
    {
        int even = 0, odd = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            even += bytes[i] == 0 ? 1 : 0;
            odd += bytes[i + 1] == 0 ? 1 : 0;
        }

        return (even, odd);
    }
}
