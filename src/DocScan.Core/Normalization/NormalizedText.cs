namespace DocScan.Core.Normalization;

/// <summary>
/// NFKC-normalized text with, for every normalized character, the span of original characters it came
/// from; detectors match on <see cref="Text"/> and redaction goes back to the original through <see cref="ToOriginal"/>.
/// </summary>
public sealed class NormalizedText
{
    // Null when the original was already normalized: the map is then the identity, and most text is.
    private readonly int[]? _originalStart;
    private readonly int[]? _originalEnd;

    internal NormalizedText(string original, string text, int[]? originalStart, int[]? originalEnd)
    {
        Original = original;
        Text = text;
        _originalStart = originalStart;
        _originalEnd = originalEnd;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>The original span (start, length) covering normalized characters [start, start + length).</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length);
        if (_originalStart is null || _originalEnd is null)
        {
            return (start, length);
        }

        var originalStart = _originalStart[start];
        var originalEnd = _originalEnd[start + length - 1];
        return (originalStart, originalEnd - originalStart);
    }
}
