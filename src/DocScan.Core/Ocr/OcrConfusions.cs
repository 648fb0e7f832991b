using System.Text.RegularExpressions;

namespace DocScan.Core.Ocr;

/// <summary>
/// Undoes the misreadings OCR makes of one word: what is left of a table's rules read as characters
/// (| [ ] _ and quotes beside a cell's text, or a lone 」), the dots of a date read as commas
/// (35,08.22 for 35.08.22) and a dash read as a tilde beside it (0914-672~-144). An amount
/// (1,000,000) has no date's shape and is left alone; an empty result is no word.
/// </summary>
internal static partial class OcrConfusions
{
    private const string RuleMarks = "|[]_”“";

    public static string Repair(string word)
    {
        word = word.Trim(RuleMarks.ToCharArray());
        if (word.All(c => RuleMarks.Contains(c) || c is '「' or '」'))
        {
            return "";
        }

        if (word.Contains('~') && DashWithTilde().IsMatch(word))
        {
            word = DashWithTilde().Replace(word, "-");
        }

        return word.Contains(',') && CommaDate().Match(word) is { Success: true } date
            ? string.Concat(date.Value.Replace(',', '.'), word.AsSpan(date.Length))
            : word;
    }

    // A ROC date of year, month and day (2–3, 1–2 and 1–2 digits) with a comma for one of its dots.
    [GeneratedRegex(@"^\d{2,3}[.,]\d{1,2}[.,]\d{1,2}(?!\d)")]
    private static partial Regex CommaDate();

    [GeneratedRegex(@"(?<=\d)(~-|-~|~)(?=\d)")]
    private static partial Regex DashWithTilde();
}
