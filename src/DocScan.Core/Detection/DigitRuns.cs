namespace DocScan.Core.Detection;

/// <summary>
/// Where a segment's runs of ASCII digits are, read once for the six detectors that ask whether it
/// holds a long enough number before they run their patterns (bank accounts, phones, company numbers,
/// passports, NHI and credit cards). Each used to read the line itself; a line holds a few runs at most,
/// so each question is answered over those. The text profile takes its digit counts from them too.
/// </summary>
internal sealed class DigitRuns
{
    // Start and end of each run, in pairs.
    private int[] _bounds = new int[16];
    private int _count;

    /// <summary>All the digits, and the longest run of them without a separator.</summary>
    public (int Digits, int Longest) Summary { get; private set; }

    public void Read(ReadOnlySpan<char> text)
    {
        _count = 0;
        var (digits, longest) = (0, 0);

        // A plain loop: a line is some twenty characters with a few runs, where a vectorized search
        // per run costs more in calls than it saves.
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            var start = i;
            while (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }

            if (_count + 2 > _bounds.Length)
            {
                Array.Resize(ref _bounds, _bounds.Length * 2);
            }

            _bounds[_count++] = start;
            _bounds[_count++] = i + 1;
            digits += i + 1 - start;
            longest = Math.Max(longest, i + 1 - start);
        }

        Summary = (digits, longest);
    }

    /// <summary>
    /// Whether <paramref name="text"/> (the text last read) holds <paramref name="minDigits"/> to
    /// <paramref name="maxDigits"/> digits in a row, a single one of <paramref name="separators"/>
    /// allowed between two digits (0912-345678).
    /// </summary>
    public bool Has(ReadOnlySpan<char> text, int minDigits, int maxDigits, ReadOnlySpan<char> separators)
    {
        var digits = 0;
        for (var r = 0; r < _count; r += 2)
        {
            var (start, end) = (_bounds[r], _bounds[r + 1]);
            digits += end - start;

            // The next run continues this number when one separator stands between them.
            var joined = r + 2 < _count && _bounds[r + 2] == end + 1 && separators.Contains(text[end]);
            if (joined)
            {
                continue;
            }

            if (digits >= minDigits && digits <= maxDigits)
            {
                return true;
            }

            digits = 0;
        }

        return false;
    }
}
