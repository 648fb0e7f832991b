using System.Text;
using System.Text.Unicode;

namespace DocScan.Core.Formats;

/// <summary>
/// Decides whether bytes are text and in which encoding: a byte order mark, then UTF-16 told by
/// where its zero bytes fall, then strict UTF-8, then Big5. Whatever decodes to many control or
/// undecodable characters is binary.
/// </summary>
internal static class TextEncodingSniffer
{
    /// <summary>How much of the file the statistical checks look at; whole-file UTF-8 validation is cheap enough to do in full.</summary>
    private const int SampleBytes = 64 * 1024;

    /// <summary>The encoding the bytes decode with and the decoded start of the text; null when they are binary.</summary>
    public static (Encoding Encoding, string Head)? Detect(ReadOnlySpan<byte> content)
    {
        var sample = content[..Math.Min(content.Length, SampleBytes)];
        if ((FromByteOrderMark(content) ?? FromZeroPattern(sample)) is { } marked)
        {
            var markedHead = DecodeSample(content, marked);
            return ReadsAsText(markedHead) ? (marked, markedHead) : null;
        }

        if (!Utf8.IsValid(content) && IsMostlyUtf8(sample))
        {
            // Its damaged bytes are already counted and few (the extractor reports them); control characters still mean binary.
            var damagedHead = DecodeSample(content, Encoding.UTF8);
            return ReadsAsText(damagedHead.Replace("\uFFFD", "", StringComparison.Ordinal)) ? (Encoding.UTF8, damagedHead) : null;
        }

        var candidate = Utf8.IsValid(content) ? Encoding.UTF8 : Big5.Encoding;
        var head = DecodeSample(content, candidate);
        return ReadsAsText(head) ? (candidate, head) : null;
    }

    /// <summary>
    /// Decodes the start of <paramref name="content"/>; a character cut off at the end of the sample
    /// is left out rather than counted as damage.
    /// </summary>
    private static string DecodeSample(ReadOnlySpan<byte> content, Encoding encoding)
    {
        var sample = content[..Math.Min(content.Length, SampleBytes)];
        var flush = sample.Length == content.Length;
        if (sample.StartsWith(encoding.Preamble))
        {
            sample = sample[encoding.Preamble.Length..];
        }

        var decoder = encoding.GetDecoder();
        var chars = new char[decoder.GetCharCount(sample, flush)];
        var written = decoder.GetChars(sample, chars, flush);
        return new string(chars, 0, written);
    }

    private static Encoding? FromByteOrderMark(ReadOnlySpan<byte> content) => content switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    /// <summary>
    /// UTF-16 text has zero high bytes wherever it holds ASCII (digits, spaces, line breaks), and
    /// almost never a zero low byte; binary formats have zeros on both sides.
    /// </summary>
    private static Encoding? FromZeroPattern(ReadOnlySpan<byte> sample)
    {
        var units = sample.Length / 2;
        var (evenZeros, oddZeros) = Utf16Alignment.ZeroBytes(sample);

        if (IsZeroSide(oddZeros, evenZeros, units))
        {
            return Encoding.Unicode;
        }

        return IsZeroSide(evenZeros, oddZeros, units) ? Encoding.BigEndianUnicode : null;
    }

    private static bool IsZeroSide(int zeros, int otherZeros, int units) =>
        zeros > 0 && zeros * 20 >= units && otherZeros * 8 <= zeros;

    /// <summary>
    /// UTF-8 with a few damaged bytes (a bit flipped in transit) is still UTF-8: read as Big5, its Chinese
    /// would all be lost for a handful of bad bytes. Big5 text almost never forms valid UTF-8 sequences.
    /// </summary>
    private static bool IsMostlyUtf8(ReadOnlySpan<byte> sample)
    {
        // Damaged spots, not bytes: one flipped lead byte makes up to three bytes undecodable.
        int valid = 0, damaged = 0;
        var inDamage = false;
        while (!sample.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(sample, out _, out var consumed);
            var invalid = status == System.Buffers.OperationStatus.InvalidData;
            damaged += invalid && !inDamage ? 1 : 0;
            valid += !invalid && consumed > 1 ? 1 : 0;
            inDamage = invalid;
            sample = sample[Math.Max(1, consumed)..];
        }

        return valid >= 20 && damaged * 20 <= valid;
    }

    /// <summary>At most 1% control characters (other than layout ones) and undecodable bytes.</summary>
    private static bool ReadsAsText(string text)
    {
        var bad = 0;
        foreach (var c in text)
        {
            bad += IsBad(c) ? 1 : 0;
        }

        return bad * 100 <= text.Length;
    }

    // Tab, line breaks, form feed, DOS end-of-file and ANSI escapes all occur in real text files.
    private static bool IsBad(char c) =>
        c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\v' or '\f' or '\r' or '\x1A' or '\x1B'));
}
