using System.Text.RegularExpressions;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Birth dates (出生年月日), in the Republic-of-China era or the Western calendar: 民國80年1月1日,
/// 80.01.01, 080/01/01, 0800101, 1991-01-01, 1991/1/1. Official text is full of dates, so only a date a
/// birth label directly introduces counts (出生日期：…, 生於…, …日生, a column headed 出生年月日): a
/// meeting date further along the same line does not.
/// </summary>
internal sealed partial class BirthDateDetector : IDetector
{
    // Longest first, so the gap check below sees the whole label.
    private static readonly string[] Labels = ["出生年月日", "出生日期", "出生年月", "出生於", "出生", "生日", "生於", "date of birth", "birth date", "birthday", "DOB"];

    private static readonly Keywords HeaderWords = ["出生", "生日", "birth", "DOB"];

    // Every label holds one of these.
    private static readonly Keywords LabelParts = ["生", "birth", "DOB"];

    // …年1月1日生 is a birth; …年1月1日生效 (takes effect) and 生產 are not.
    private const string NotBirthAfterSheng = "效產活意成存";

    // What may stand between a label and its date: 出生日期：民國80年…, 出生年月日為 80.01.01.
    private const string Gap = " \t\n:()為是係,、-";

    private const int MaxGap = 4;

    public string Id => "tw-birth-date";

    public string FindingType => FindingTypes.BirthDate;

    // Every date shape has four digits at least (年 80, 月 1, 日 1).
    public DetectorRequirements Requirements => new(MinDigits: 4);

    public IEnumerable<Keywords> Keywords => [HeaderWords, LabelParts];

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;
        if (!MayHoldBirthDate(input))
        {
            return;
        }

        var previousEnd = 0;
        foreach (var candidate in Candidate().EnumerateMatches(text))
        {
            var start = candidate.Index;
            var end = start + candidate.Length;
            var introduced = IsIntroduced(input, start, end, previousEnd);
            previousEnd = end;
            if (!introduced)
            {
                continue;
            }

            // Most dates in a letter are no birth dates: the date's parts are read only once a label
            // has introduced it, from the matched characters (a Match with its groups would allocate).
            var date = DateParts.Read(text.AsSpan(start, candidate.Length));
            if (IsoDate(date, input.Today) is { } value)
            {
                found.Add(new DetectorMatch(start, candidate.Length, value, Mask(text.AsSpan(start, candidate.Length), date), 0.95));
            }
        }
    }

    // Most lines hold dates but no birth label: skip them unless a label may be in this line, in the
    // column header, or at the end of the line before (then the date opens this line), the three
    // ways IsIntroduced accepts a date.
    private static bool MayHoldBirthDate(DetectionInput input)
    {
        if (input.Has(LabelParts) || input.HeaderHas(HeaderWords))
        {
            return true;
        }

        var text = input.Text.AsSpan();
        var opening = text.TrimStart(Gap);
        return text.Length - opening.Length <= MaxGap && opening.Length > 0 && (char.IsAsciiDigit(opening[0]) || opening[0] is '民' or '中' or '西')
            && EndsWithLabel(input.BeforeSpan.TrimEnd(Gap));
    }

    private static bool IsIntroduced(DetectionInput input, int start, int end, int previousEnd)
    {
        var text = input.Text;
        if (FollowedByBirth(text, end))
        {
            return true;
        }

        // Walk back over the gap, never past the previous date: its label is not this date's.
        var i = start;
        while (i > previousEnd && start - i < MaxGap && Gap.Contains(text[i - 1]))
        {
            i--;
        }

        if (EndsWithLabel(text.AsSpan(previousEnd, i - previousEnd)))
        {
            return true;
        }

        if (i == 0 && previousEnd == 0)
        {
            // The label sits in the cell or line before: 出生日期 | 80.01.01.
            var before = input.BeforeSpan.TrimEnd(Gap);
            if (start - i + input.BeforeSpan.Length - before.Length <= MaxGap + 1 && EndsWithLabel(before))
            {
                return true;
            }
        }

        return input.HeaderHas(HeaderWords);
    }

    private static bool FollowedByBirth(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart(' ');
        return rest.StartsWith("出生", StringComparison.Ordinal)
            || (rest.Length > 0 && rest[0] == '生' && (rest.Length == 1 || !NotBirthAfterSheng.Contains(rest[1])));
    }

    private static bool EndsWithLabel(ReadOnlySpan<char> span)
    {
        foreach (var label in Labels)
        {
            if (span.EndsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The date as yyyy-MM-dd, or null when it is not a date a living person could be born on.</summary>
    private static string? IsoDate(DateParts date, DateOnly today)
    {
        var (year, month, day) = (date.Year, date.Month, date.Day);
        if (!date.Western && year < 1000)
        {
            year += 1911;
        }

        var thisYear = today.Year;
        if (year < thisYear - 125 || year > thisYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    // 民國80年*月*日: the year stays so a reviewer can tell one person's line from another's.
    private static string Mask(ReadOnlySpan<char> written, DateParts date)
    {
        Span<char> chars = stackalloc char[written.Length];
        written.CopyTo(chars);
        chars[date.MonthDigits].Fill('*');
        chars[date.DayDigits].Fill('*');
        return new string(chars);
    }

    [GeneratedRegex(
        @"(?<![0-9])(?:" +
        @"(?:(?:中華)?民國|(?<western>西元)) ?(?<y>[0-9]{2,4}) ?年 ?(?<m>[0-9]{1,2}) ?月 ?(?<d>[0-9]{1,2}) ?日" +
        @"|(?<y>[0-9]{2,4}) ?年 ?(?<m>[0-9]{1,2}) ?月 ?(?<d>[0-9]{1,2}) ?日" +
        @"|(?<y>[0-9]{2,4})(?<sep>[./\-])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})(?![0-9]|[./\-][0-9])" +
        @"|(?<compact>[0-9]{7,8})(?![0-9])" +
        @")",
        RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
