using DocScan.Core.Extraction;
using DocScan.Core.Normalization;

namespace DocScan.Core.Detection;

/// <summary>
/// One segment's normalized text, with access to what surrounds it: the neighbouring text of the same
/// part (a label such as 身分證統一編號 is often in the previous cell or line) and, for table cells,
/// the column's header. Context is built only when a detector asks, since most segments match nothing.
/// </summary>
public sealed class DetectionInput
{
    /// <summary>How far context words may be from a match, as Microsoft Purview does.</summary>
    public const int DefaultWindow = 300;

    private readonly SegmentNeighbourhood? _neighbourhood;
    private readonly int _index;
    private string? _before;
    private string? _after;

    public DetectionInput(NormalizedText text, TextSegment segment)
        : this(text, segment, null, -1)
    {
    }

    internal DetectionInput(NormalizedText text, TextSegment segment, SegmentNeighbourhood? neighbourhood, int index)
    {
        Text = text;
        Segment = segment;
        _neighbourhood = neighbourhood;
        _index = index;
    }

    public NormalizedText Text { get; }

    public TextSegment Segment { get; }

    /// <summary>Normalized text of the preceding segments of the same source, nearest last, up to <see cref="DefaultWindow"/> characters.</summary>
    public string Before => _before ??= _neighbourhood?.Before(_index, DefaultWindow) ?? "";

    /// <summary>Normalized text of the following segments of the same source, up to <see cref="DefaultWindow"/> characters.</summary>
    public string After => _after ??= _neighbourhood?.After(_index, DefaultWindow) ?? "";

    /// <summary>The normalized header of this cell's column (the first row of its table), or null outside tables.</summary>
    public string? ColumnHeader => _neighbourhood?.ColumnHeader(_index);

    /// <summary>
    /// Whether any word occurs within <paramref name="window"/> characters of the match, in this
    /// segment or its neighbours, or in the column header.
    /// </summary>
    public bool HasContext(int start, int length, IReadOnlyList<string> words, int window = DefaultWindow)
    {
        var text = Text.Text;
        var from = Math.Max(0, start - window);
        var to = Math.Min(text.Length, start + length + window);
        if (ContainsAny(text.AsSpan(from, to - from), words))
        {
            return true;
        }

        if (ColumnHeader is { } header && ContainsAny(header, words))
        {
            return true;
        }

        var beforeRoom = window - start;
        if (beforeRoom > 0 && Before.Length > 0 && ContainsAny(Before.AsSpan(Math.Max(0, Before.Length - beforeRoom)), words))
        {
            return true;
        }

        var afterRoom = window - (text.Length - start - length);
        return afterRoom > 0 && After.Length > 0 && ContainsAny(After.AsSpan(0, Math.Min(After.Length, afterRoom)), words);
    }

    private static bool ContainsAny(ReadOnlySpan<char> span, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (span.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
