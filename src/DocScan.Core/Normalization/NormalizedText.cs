namespace DocScan.Core.Normalization;

/// <summary>
/// NFKC-normalized text with, for every normalized character, where in the original it came from;
/// detectors match on <see cref="Text"/> and redaction goes back to the original through <see cref="ToOriginal"/>.
/// </summary>
public sealed class NormalizedText
{
    private readonly Func<string, int[]>? _buildMap;
    private int[]? _originalStart;

    /// <param name="buildMap">Builds, per normalized character, the index of the original character it starts at;
    /// null when every normalized character comes from the original character at the same index.</param>
    internal NormalizedText(string original, string text, Func<string, int[]>? buildMap)
    {
        Original = original;
        Text = text;
        _buildMap = buildMap;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>The original span (start, length) covering normalized characters [start, start + length).</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length);
        if (_buildMap is null)
        {
            return (start, length);
        }

        var starts = _originalStart ??= _buildMap(Original);
        var originalStart = starts[start];
        // A character that expanded into several (㈱ → (株)) owns its whole source up to the next source.
        var last = starts[start + length - 1];
        var end = start + length;
        while (end < starts.Length && starts[end] == last)
        {
            end++;
        }

        var originalEnd = end < starts.Length ? starts[end] : Original.Length;
        return (originalStart, originalEnd - originalStart);
    }
}
