using DocScan.Core.Extraction;
using DocScan.Core.Normalization;

namespace DocScan.Core.Detection;

/// <summary>
/// One segment of a <see cref="DocumentText"/>, as a detector reads it: its normalized text, and what
/// surrounds it (a label such as 身分證統一編號 is often in the previous cell or line; a cell's column
/// header). A view that lives only as long as a detector's call: nothing can keep it.
/// </summary>
internal readonly ref struct DetectionInput
{
    /// <summary>How far context words may be from a match, as Microsoft Purview does.</summary>
    public const int DefaultWindow = 300;

    private readonly DocumentText _document;
    private readonly int _index;

    public DetectionInput(DocumentText document, int index)
    {
        _document = document;
        _index = index;
    }

    /// <summary>The segment's normalized text.</summary>
    public string Text => _document.TextOf(_index);

    public TextSegment Segment => _document.Segment(_index);

    /// <summary>The document the segment is part of.</summary>
    public DocumentText Document => _document;

    /// <summary>Where the segment's text starts in the document's text.</summary>
    public int Offset => _document.StartOf(_index);

    /// <summary>The segment's candidate names, and whether each stands in a procurement evaluation.</summary>
    public (Taiwan.NameCandidate Candidate, bool Evaluator)[] Names => _document.NamesOf(_index);

    /// <summary>The local date the document is scanned on.</summary>
    public DateOnly Today => _document.Today;

    /// <summary>Normalized text of the preceding segments of the same flow, nearest last, up to <see cref="DefaultWindow"/> characters.</summary>
    public ReadOnlySpan<char> BeforeSpan => _document.Before(_index, DefaultWindow);

    /// <summary>The normalized header of this cell's column (the first row of its table), or null outside tables.</summary>
    public string? ColumnHeader => _document.HeaderOf(_index) is >= 0 and var header ? _document.TextOf(header) : null;

    /// <summary>
    /// Whether any word occurs within <paramref name="window"/> characters of the match, in this
    /// segment or its neighbours of the same flow, or in the column header.
    /// </summary>
    public bool HasContext(int start, int length, Keywords words, int window = DefaultWindow)
    {
        var set = _document.Words(words);
        var offset = Offset;
        var textLength = Text.Length;
        if (_document.Has(set, offset + Math.Max(0, start - window), offset + Math.Min(textLength, start + length + window))
            || HeaderHas(set))
        {
            return true;
        }

        var beforeRoom = window - start;
        if (beforeRoom > 0 && BeforeTailHas(set, beforeRoom))
        {
            return true;
        }

        var afterRoom = window - (textLength - start - length);
        if (afterRoom > 0)
        {
            var (from, to) = _document.AfterRange(_index, Math.Min(DefaultWindow, afterRoom));
            return _document.Has(set, from, to);
        }

        return false;
    }

    /// <summary>Whether a word occurs in this segment.</summary>
    public bool Has(Keywords words) => _document.InSegment(_document.Words(words), _index);

    /// <summary>Whether a word ends within <paramref name="window"/> characters before <paramref name="start"/>, in this segment only.</summary>
    public bool HasBefore(int start, Keywords words, int window) =>
        _document.Has(_document.Words(words), Offset + Math.Max(0, start - window), Offset + start);

    /// <summary>
    /// Whether a label precedes the match within <paramref name="window"/> characters: in this segment,
    /// at the end of the segments before it, or in its column's header. Stricter than
    /// <see cref="HasContext"/>, which also looks after the match.
    /// </summary>
    public bool HasLabelBefore(int start, Keywords words, int window)
    {
        var set = _document.Words(words);
        return _document.Has(set, Offset + Math.Max(0, start - window), Offset + start)
            || (start < window && BeforeTailHas(set, window - start))
            || HeaderHas(set);
    }

    /// <summary>Whether a word occurs in the column header.</summary>
    public bool HeaderHas(Keywords words) => HeaderHas(_document.Words(words));

    /// <summary>The leftmost word at or after <paramref name="from"/> in this segment, the longest where several start there.</summary>
    public (int Start, string Word)? FirstWord(Keywords words, int from)
    {
        var set = _document.Words(words);
        return _document.MayHold(set, _index) && _document.FirstWord(set, Offset + from, Offset + Text.Length) is var (start, word)
            ? (start - Offset, word)
            : null;
    }

    /// <summary>
    /// The range of the document's text within <paramref name="reach"/> characters of [start, end) of this
    /// segment, reaching into the neighbouring segments of the same flow where the segment ends sooner.
    /// </summary>
    public (int From, int To) Around(int start, int end, int reach)
    {
        var textLength = Text.Length;
        var (from, to) = (Offset + Math.Max(0, start - reach), Offset + Math.Min(textLength, end + reach));
        if (start < reach && _document.BeforeRange(_index, reach - start) is var (beforeFrom, beforeTo) && beforeTo > beforeFrom)
        {
            from = beforeFrom;
        }

        if (end + reach > textLength && _document.AfterRange(_index, end + reach - textLength) is var (afterFrom, afterTo) && afterTo > afterFrom)
        {
            to = afterTo;
        }

        return (from, to);
    }

    private bool HeaderHas(WordSet set) => _document.HeaderOf(_index) is >= 0 and var header && _document.InSegment(set, header);

    private bool BeforeTailHas(WordSet set, int room)
    {
        var (from, to) = _document.BeforeRange(_index, Math.Min(DefaultWindow, room));
        return _document.Has(set, from, to);
    }
}
