using System.Buffers;

namespace DocScan.Core.Detection.Common;

/// <summary>
/// What the characters around a run of digits say it is not: official text is full of numbers that
/// have the right length for an identifier but label a document, a case or an amount.
/// </summary>
internal static class NumberContext
{
    private static readonly SearchValues<string> Currency = SearchValues.Create(["$", "NT", "新臺幣", "新台幣"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A document or case number (府授地字第1130123456號, 113年度偵字第1234號) or money (新臺幣12,345,678元,
    /// NT$1234567890): not personal data.
    /// </summary>
    public static bool IsDocumentNumberOrAmount(string text, int start, int end) =>
        CharBefore(text, start) == '第'
        || CharAfter(text, end) is '號' or '元' or '萬' or '億'
        || text.AsSpan(Math.Max(0, start - 4), Math.Min(4, start)).ContainsAny(Currency);

    /// <summary>The nearest character before <paramref name="start"/> that is not a space, or '\0'.</summary>
    public static char CharBefore(string text, int start) => text.AsSpan(0, start).TrimEnd(" \t") is [.., var c] ? c : '\0';

    /// <summary>The nearest character at or after <paramref name="end"/> that is not a space, or '\0'.</summary>
    public static char CharAfter(string text, int end) => text.AsSpan(end).TrimStart(" \t") is [var c, ..] ? c : '\0';

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
    public static string Digits(ReadOnlySpan<char> number) => new(Digits(number, stackalloc char[Math.Min(number.Length, 64)]));

    /// <summary>The letters and digits of a matched code, upper-case, however it was grouped (A-123-456-789, F 152 601 819).</summary>
    public static string Compact(ReadOnlySpan<char> code)
    {
        Span<char> buffer = code.Length <= 64 ? stackalloc char[code.Length] : new char[code.Length];
        var n = 0;
        foreach (var c in code)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[n++] = char.ToUpperInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }
}
