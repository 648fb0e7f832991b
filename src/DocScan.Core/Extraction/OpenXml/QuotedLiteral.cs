using System.Text.RegularExpressions;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// Field codes (Word) and formulas (Excel) are instructions nobody reads; only their string literals
/// (a HYPERLINK target, a QUOTE text, <c>="…"</c>) can carry data that is not also shown as their result.
/// </summary>
internal static partial class QuotedLiteral
{
    public static bool IsIn(string? instruction) => instruction is not null && Literal().IsMatch(instruction);

    [GeneratedRegex("\"[^\"]+\"")]
    private static partial Regex Literal();
}
