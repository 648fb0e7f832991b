namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// The year, month and day of a date as <see cref="BirthDateDetector"/>'s pattern matched it, read
/// from the matched characters: the pattern's shapes leave no doubt which digits are which (the
/// first run is the year, then month and day; a bare run of seven or eight digits is yyyMMdd or
/// yyyyMMdd), so the regex's groups, and the Match that holds them, are not needed.
/// </summary>
/// <param name="Western">Written with 西元 (a bare four-digit year is Western anyway).</param>
internal readonly record struct DateParts(int Year, int Month, int Day, bool Western, int MonthStart, int MonthLength, int DayStart, int DayLength)
{
    public static DateParts Read(ReadOnlySpan<char> date)
    {
        if (!date.ContainsAnyExceptInRange('0', '9'))
        {
            // 0800101 (ROC, as 戶役政 prints it) or 19910101.
            var n = date.Length;
            return new DateParts(Number(date[..^4]), Number(date[^4..^2]), Number(date[^2..]), false, n - 4, 2, n - 2, 2);
        }

        Span<int> starts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var runs = 0;
        for (var i = 0; i < date.Length && runs < 3; i++)
        {
            if (char.IsAsciiDigit(date[i]) && (i == 0 || !char.IsAsciiDigit(date[i - 1])))
            {
                var end = i;
                while (end < date.Length && char.IsAsciiDigit(date[end]))
                {
                    end++;
                }

                starts[runs] = i;
                lengths[runs++] = end - i;
                i = end;
            }
        }

        return new DateParts(
            Number(date.Slice(starts[0], lengths[0])), Number(date.Slice(starts[1], lengths[1])), Number(date.Slice(starts[2], lengths[2])),
            date.StartsWith("西元", StringComparison.Ordinal), starts[1], lengths[1], starts[2], lengths[2]);
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = value * 10 + (c - '0');
        }

        return value;
    }
}
