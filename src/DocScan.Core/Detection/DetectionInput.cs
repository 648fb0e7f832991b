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
    private int _index;
    private object? _sharedKey;
    private object? _shared;
    private DigitRuns? _digitRuns;
    private bool _digitRunsRead;

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

    public NormalizedText Text { get; private set; }

    public TextSegment Segment { get; private set; }

    /// <summary>
    /// Normalized text of the preceding segments of the same source, nearest last, up to
    /// <see cref="DefaultWindow"/> characters; a slice of the document's text, not a copy: context
    /// look-ups run for most segments.
    /// </summary>
    internal ReadOnlySpan<char> BeforeSpan => _neighbourhood is null ? [] : _neighbourhood.Before(_index, DefaultWindow);

    /// <summary>Normalized text of the following segments of the same source, up to <see cref="DefaultWindow"/> characters.</summary>
    internal ReadOnlySpan<char> AfterSpan => _neighbourhood is null ? [] : _neighbourhood.After(_index, DefaultWindow);

    /// <summary>The normalized header of this cell's column (the first row of its table), or null outside tables.</summary>
    public string? ColumnHeader => _neighbourhood?.ColumnHeader(_index);

    /// <summary>
    /// Whether any word occurs within <paramref name="window"/> characters of the match, in this
    /// segment or its neighbours, or in the column header.
    /// </summary>
    public bool HasContext(int start, int length, ContextWordList words, int window = DefaultWindow)
    {
        var text = Text.Text;
        var from = Math.Max(0, start - window);
        var to = Math.Min(text.Length, start + length + window);
        if (words.OccursIn(text.AsSpan(from, to - from)))
        {
            return true;
        }

        if (ColumnHeader is { } header && words.OccursIn(header))
        {
            return true;
        }

        var beforeRoom = window - start;
        if (beforeRoom > 0 && words.OccursIn(Last(BeforeSpan, beforeRoom)))
        {
            return true;
        }

        var afterRoom = window - (text.Length - start - length);
        return afterRoom > 0 && words.OccursIn(First(AfterSpan, afterRoom));
    }

    /// <summary>
    /// Points this input at the next segment of its document, forgetting what it knew of the last:
    /// <see cref="FindingDetector"/> reads the segments one after the other, and one input for all
    /// of them spares an allocation per segment. Detectors keep nothing of an input past Detect.
    /// </summary>
    internal void MoveTo(int index)
    {
        Text = _neighbourhood!.Normalized(index);
        Segment = _neighbourhood.Segment(index);
        _index = index;
        _sharedKey = null;
        _shared = null;
        _digitRunsRead = false;
    }

    /// <summary>
    /// What <paramref name="compute"/> makes of this segment, computed once for all the detectors
    /// that read it (both name detectors start from the same name candidates). One result is kept,
    /// the last asked for: detectors that share work run one after the other.
    /// </summary>
    internal T Shared<T>(Func<DetectionInput, T> compute)
    {
        if (!ReferenceEquals(_sharedKey, compute))
        {
            _shared = compute(this);
            _sharedKey = compute;
        }

        return (T)_shared!;
    }

    /// <summary>
    /// Whether the text holds <paramref name="minDigits"/> to <paramref name="maxDigits"/> digits in a
    /// row, a single one of <paramref name="separators"/> allowed between two of them: lets a detector
    /// skip its pattern on the many lines that hold only dates and short numbers.
    /// </summary>
    internal bool HasDigitRun(int minDigits, int maxDigits, ReadOnlySpan<char> separators) =>
        DigitRuns.Has(Text.Text, minDigits, maxDigits, separators);

    /// <summary>The text's runs of digits, read at the first question.</summary>
    internal DigitRuns DigitRuns
    {
        get
        {
            var runs = _digitRuns ??= new DigitRuns();
            if (!_digitRunsRead)
            {
                runs.Read(Text.Text);
                _digitRunsRead = true;
            }

            return runs;
        }
    }

    /// <summary>Whether a word occurs in the last <paramref name="room"/> characters of <see cref="BeforeSpan"/>.</summary>
    internal bool BeforeTailContains(int room, ContextWordList words) => words.OccursIn(Last(BeforeSpan, room));

    private static ReadOnlySpan<char> Last(ReadOnlySpan<char> span, int count) => span[Math.Max(0, span.Length - count)..];

    private static ReadOnlySpan<char> First(ReadOnlySpan<char> span, int count) => span[..Math.Min(span.Length, count)];
}
