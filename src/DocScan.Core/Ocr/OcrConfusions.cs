using System.Text.RegularExpressions;
using DocScan.Core.Detection.Taiwan;

namespace DocScan.Core.Ocr;

/// <summary>
/// Undoes the misreadings OCR makes of one word: what is left of a table's rules read as characters
/// (| [ ] _ and quotes beside a cell's text, or a lone 」), the dots of a date read as commas
/// (35,08.22 for 35.08.22), a dash read as a tilde beside it (0914-672~-144), and a national ID's
/// letter read as the digit it resembles (02xxxxxxxx for O2xxxxxxxx), taken back only when the
/// letter gives a valid check digit (ten bare digits opening 01/02 are no phone number as printed:
/// a landline is printed with its area code apart, 02-27208889). An amount (1,000,000) has no date's shape and is left alone; an
/// empty result is no word.
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

        if (word.Contains(',') && CommaDate().Match(word) is { Success: true } date)
        {
            word = string.Concat(date.Value.Replace(',', '.'), word.AsSpan(date.Length));
        }

        return IdWithDigitForLetter().Match(word) is { Success: true } id ? string.Concat(Letter(id.Value), word.AsSpan(id.Length)) : word;
    }

    // O, Z, S, G, B printed as 0, 2, 5, 6, 8: the ID with its letter back, if its check digit says so.
    // Not I for 1: a 發文字號 (1150041234) is ten digits opening with 11 and would pass one time in ten.
    private static string Letter(string id)
    {
        var restored = id[0] switch { '0' => 'O', '2' => 'Z', '5' => 'S', '6' => 'G', _ => 'B' } + id[1..];
        return TaiwanIdChecksum.IsValidNationalId(restored) ? restored : id;
    }

    // A ROC date of year, month and day (2–3, 1–2 and 1–2 digits) with a comma for one of its dots.
    [GeneratedRegex(@"^\d{2,3}[.,]\d{1,2}[.,]\d{1,2}(?!\d)")]
    private static partial Regex CommaDate();

    // Ten digits, the second 1 or 2 as a national ID's, the first one a letter is often read as.
    [GeneratedRegex(@"^[02568][12]\d{8}(?!\d)")]
    private static partial Regex IdWithDigitForLetter();

    [GeneratedRegex(@"(?<=\d)(~-|-~|~)(?=\d)")]
    private static partial Regex DashWithTilde();
}
