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
        var expectedSide = littleEndian ? 1 : 0;
        for (var start = 0; start + WindowBytes <= content.Length; start += WindowBytes)
        {
            int expected = 0, other = 0;
            for (var i = start; i < start + WindowBytes; i++)
            {
                if (content[i] == 0)
                {
                    if (i % 2 == expectedSide)
                    {
                        expected++;
                    }
                    else
                    {
                        other++;
                    }
                }
            }

            if (other >= MinZerosInWindow && other > expected * 4)
            {
                return start;
            }
        }

        return null;
    }
}
