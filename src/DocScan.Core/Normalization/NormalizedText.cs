namespace DocScan.Core.Normalization;

/// <summary>
/// NFKC-normalized text with, for every normalized character, where in the original it came from;
/// detectors match on <see cref="Text"/> and redaction goes back to the original through <see cref="ToOriginal"/>.
/// </summary>
public sealed class NormalizedText
{
    // Stands for "every normalized character comes from the original character at the same index";
    // compared by reference, so no built map can be taken for it.
    private static readonly int[] SameIndex = [0];

    // SameIndex, or null until the map is first asked for.
    private int[]? _originalStart;

    /// <param name="mapped">False when every normalized character comes from the original character at the same index.</param>
    internal NormalizedText(string original, string text, bool mapped)
    {
        Original = original;
        Text = text;
        _originalStart = mapped ? null : SameIndex;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>The original span (start, length) covering normalized characters [start, start + length).</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length);
        if (ReferenceEquals(_originalStart, SameIndex))
        {
            return (start, length);
        }

        var starts = _originalStart ??= TextNormalizer.BuildMap(Original);
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
