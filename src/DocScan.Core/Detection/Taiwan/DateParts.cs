namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// The year, month and day of a date as <see cref="BirthDateDetector"/>'s pattern matched it, read
/// from the matched characters: the pattern's shapes leave no doubt which digits are which (the
/// first run is the year, then month and day; a bare run of seven or eight digits is yyyMMdd or
/// yyyyMMdd), so the regex's groups, and the Match that holds them, are not needed.
/// </summary>
/// <param name="Western">Written with 西元 (a bare four-digit year is Western anyway).</param>
/// <param name="MonthDigits">Where the month's digits are in the date as written.</param>
/// <param name="DayDigits">Where the day's digits are in the date as written.</param>
internal readonly record struct DateParts(int Year, int Month, int Day, bool Western, Range MonthDigits, Range DayDigits)
{
    public static DateParts Read(ReadOnlySpan<char> date)
    {
        if (!date.ContainsAnyExceptInRange('0', '9'))
        {
            // 0800101 (ROC, as 戶役政 prints it) or 19910101.
            return new DateParts(Number(date[..^4]), Number(date[^4..^2]), Number(date[^2..]), false, ^4..^2, ^2..);
        }

        var year = RunOfDigits(date, 0);
        var month = RunOfDigits(date, year.End.Value);
        var day = RunOfDigits(date, month.End.Value);
        return new DateParts(Number(date[year]), Number(date[month]), Number(date[day]), date.StartsWith("西元", StringComparison.Ordinal), month, day);
    }

    // The first run of digits at or after from: the pattern leaves three.
    private static Range RunOfDigits(ReadOnlySpan<char> date, int from)
    {
        var start = from + date[from..].IndexOfAnyInRange('0', '9');
        var length = date[start..].IndexOfAnyExceptInRange('0', '9');
        return start..(length < 0 ? date.Length : start + length);
    }

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
}
