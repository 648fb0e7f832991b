namespace DocScan.Core.Extraction;

/// <summary>
/// Rejoins a number or code that a PDF page wrapped onto the next line (「身分證統一編號 R2462」 /
/// 「81946）之投保資料」). Lines stay segments of their own, because joining whole lines would glue a
/// table row's last cell to the next row's first one and break an ID that was whole; the joint is an
/// extra segment of just the token's two halves, placed between the lines. A value whole on either line
/// cannot match in the joint too, since the joint extends it on one side. PDF redaction finds values
/// among the page's glyphs across lines, so a value found in a joint is redacted on both lines.
/// </summary>
internal static class PdfWrappedValues
{
    // Shortest joint worth a segment: the shortest value it can complete is a six-character vehicle plate.
    private const int MinJointLength = 6;

    /// <summary>The token that ends <paramref name="line"/> followed by the one that starts <paramref name="next"/>, or null when there is no such pair.</summary>
    public static string? Joint(string line, string next)
    {
        var tail = line.Length;
        while (tail > 0 && IsTokenChar(line[tail - 1]))
        {
            tail--;
        }

        var head = 0;
        while (head < next.Length && IsTokenChar(next[head]))
        {
            head++;
        }

        var tailLength = line.Length - tail;
        return tailLength == 0 || head == 0 || tailLength + head < MinJointLength
            ? null
            : string.Concat(line.AsSpan(tail), next.AsSpan(0, head));
    }

    // ASCII and full-width letters and digits, and the hyphens inside phone numbers and plates.
    private static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '－' || c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ';
}
