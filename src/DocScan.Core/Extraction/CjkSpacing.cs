using System.Buffers;
using System.Text;

namespace DocScan.Core.Extraction;

/// <summary>
/// Undoes spaces a text extractor infers between CJK characters. PDF pages hold glyph positions, not
/// spaces: the extractor guesses a space from a wide gap, so letter-spaced Chinese (headings, names in a
/// signature block, justified lines) comes out as <c>承 辦 人 林 美 玲</c>. Chinese writes no spaces
/// between characters, so one such space is layout, and it would split the names and labels detectors
/// look for. Two or more spaces are kept: they usually separate columns.
/// </summary>
internal static class CjkSpacing
{
    public static string RemoveInjectedSpaces(string line)
    {
        if (!line.Contains(' '))
        {
            return line;
        }

        var result = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == ' ' && IsCjkBefore(line, i) && IsCjkAt(line, i + 1))
            {
                continue;
            }

            result.Append(line[i]);
        }

        return result.ToString();
    }

    private static bool IsCjkBefore(string line, int index) =>
        Rune.DecodeLastFromUtf16(line.AsSpan(0, index), out var rune, out _) == OperationStatus.Done && IsCjk(rune);

    private static bool IsCjkAt(string line, int index) =>
        Rune.DecodeFromUtf16(line.AsSpan(index), out var rune, out _) == OperationStatus.Done && IsCjk(rune);

    private static bool IsCjk(Rune rune) => rune.Value switch
    {
        >= 0x2E80 and <= 0x2FDF => true,   // radicals
        >= 0x3001 and <= 0x303F => true,   // CJK punctuation (not U+3000, the ideographic space)
        >= 0x3040 and <= 0x31BF => true,   // kana, bopomofo
        >= 0x3400 and <= 0x4DBF => true,   // extension A
        >= 0x4E00 and <= 0x9FFF => true,   // unified ideographs
        >= 0xF900 and <= 0xFAFF => true,   // compatibility ideographs
        >= 0xFF01 and <= 0xFF60 => true,   // full-width ASCII variants (Ｆ１２３, ：)
        >= 0xFFE0 and <= 0xFFE6 => true,   // full-width signs
        >= 0x20000 and <= 0x3134F => true, // extensions B to G, compatibility supplement
        _ => false,
    };
}
