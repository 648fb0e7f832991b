namespace DocScan.Core.Detection.Common;

/// <summary>
/// What the characters around a run of digits say it is not: official text is full of numbers that
/// have the right length for an identifier but label a document, a case or an amount.
/// </summary>
internal static class NumberContext
{
    /// <summary>府授地字第1130123456號, 113年度偵字第1234號: a document or case number, not personal data.</summary>
    public static bool IsDocumentNumber(string text, int start, int end) =>
        CharBefore(text, start) == '第' || CharAfter(text, end) == '號';

    /// <summary>新臺幣12,345,678元, NT$1234567890: money.</summary>
    public static bool IsAmount(string text, int start, int end)
    {
        if (CharAfter(text, end) is '元' or '萬' or '億')
        {
            return true;
        }

        var before = text.AsSpan(Math.Max(0, start - 4), Math.Min(4, start));
        return before.Contains('$') || before.Contains("新臺幣", StringComparison.Ordinal)
            || before.Contains("新台幣", StringComparison.Ordinal) || before.Contains("NT", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The nearest character before <paramref name="start"/> that is not a space, or '\0'.</summary>
    public static char CharBefore(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i >= 0 ? text[i] : '\0';
    }

    /// <summary>The nearest character at or after <paramref name="end"/> that is not a space, or '\0'.</summary>
    public static char CharAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i < text.Length ? text[i] : '\0';
    }

    /// <summary>The digits of a matched number, separators dropped, in <paramref name="buffer"/> (those past its end are left out).</summary>
    public static ReadOnlySpan<char> Digits(ReadOnlySpan<char> number, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c) && n < buffer.Length)
            {
                buffer[n++] = c;
            }
        }

        return buffer[..n];
    }

    /// <summary>The digits of a short matched number, separators dropped.</summary>
    public static string Digits(ReadOnlySpan<char> number)
    {
        Span<char> buffer = stackalloc char[Math.Min(number.Length, 64)];
        var n = 0;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c) && n < buffer.Length)
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }
}
