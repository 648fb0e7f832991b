using System.Buffers;
using System.Runtime.InteropServices;
using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Extraction;
using DocScan.Core.Normalization;

namespace DocScan.Core.Detection;

/// <summary>
/// One document's text as detection reads it, made once per document and never changed or reused: every
/// segment normalized, all of them joined by line breaks into one text, where each declared keyword
/// occurs in it (<see cref="KeywordIndex"/>), and each table cell's column header.
/// What a detector asks about a segment's surroundings is a range of this text. The joined text and the
/// keyword hits are rented from <see cref="ArrayPool{T}.Shared"/> and returned by <see cref="Dispose"/> when
/// the document's scan ends; past that, reading them throws rather than show another document's text.
/// </summary>
internal sealed class DocumentText : IDisposable
{
    private readonly IReadOnlyList<TextSegment> _segments;
    private readonly string[] _normalized;
    private readonly bool[] _mapped;
    private readonly KeywordIndex _keywords;

    // The joined text, and per segment where it starts in it; entry [count] is where the text ends.
    private char[]? _text;
    private readonly int[] _start;

    // Where the run of neighbouring segments of the same flow (source and page) around each segment starts, and ends
    // after its last segment's line break: context never crosses from a header into the body, or between pages.
    private readonly int[] _runStart;
    private readonly int[] _runEnd;

    private readonly KeywordHits _hits;
    private readonly int[] _firstHit;

    // Per segment, the word lists with a hit in it (KeywordIndex.MarkLists): most segments hold none of a
    // detector's words, and this answers so without looking at the hits.
    private readonly ulong[] _lists;

    // The word lists with a hit anywhere in the document: most letters hold none of most detectors' context words.
    private readonly ulong[] _documentLists;

    private readonly int[]? _headerOf;

    // Per segment, its candidate names once a name detector has asked: both name detectors read them.
    private readonly (NameCandidate, bool)[]?[] _names;

    private readonly TimeProvider _clock;
    private DateOnly? _today;

    // Per segment whose characters moved in normalization, its map back to the original once a match needs it.
    private NormalizedText?[]? _maps;

    public DocumentText(IReadOnlyList<TextSegment> segments, KeywordIndex keywords, TimeProvider clock)
    {
        var count = segments.Count;
        _segments = segments;
        _keywords = keywords;
        _clock = clock;
        _normalized = new string[count];
        _mapped = new bool[count];
        _names = new (NameCandidate, bool)[]?[count];
        _start = new int[count + 1];
        _runStart = new int[count];
        _runEnd = new int[count];
        for (var i = 0; i < count; i++)
        {
            (_normalized[i], _mapped[i]) = TextNormalizer.Normalized(_segments[i].Text);
            _runStart[i] = i > 0 && SameFlow(i - 1, i) ? _runStart[i - 1] : _start[i];
            _start[i + 1] = _start[i] + _normalized[i].Length + 1;
        }

        for (var i = count - 1; i >= 0; i--)
        {
            _runEnd[i] = i + 1 < count && _runStart[i + 1] == _runStart[i] ? _runEnd[i + 1] : _start[i + 1];
        }

        _text = ArrayPool<char>.Shared.Rent(_start[count]);
        for (var i = 0; i < count; i++)
        {
            _normalized[i].CopyTo(_text.AsSpan(_start[i]));
            _text[_start[i + 1] - 1] = '\n';
        }

        _hits = keywords.Find(Text);
        var hits = _hits.All;
        _firstHit = new int[count + 1];
        _lists = new ulong[count * keywords.SetWords];
        _documentLists = new ulong[keywords.SetWords];
        var hit = 0;
        for (var i = 0; i < count; i++)
        {
            _firstHit[i] = hit;
            var lists = _lists.AsSpan(i * keywords.SetWords, keywords.SetWords);
            for (; hit < hits.Length && hits[hit].End < _start[i + 1]; hit++)
            {
                keywords.MarkLists(hits[hit], lists);
            }

            for (var k = 0; k < lists.Length; k++)
            {
                _documentLists[k] |= lists[k];
            }
        }

        _firstHit[count] = _hits.Count;
        _headerOf = _segments.Any(s => s.Cell is not null) ? FindHeaders() : null;
    }

    public int Count => _segments.Count;

    /// <summary>The local date the document is scanned on, read once from the scan's clock when first asked (few documents hold a birth date).</summary>
    public DateOnly Today => _today ??= DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);

    /// <summary>All segments' normalized text, each followed by a line break.</summary>
    public ReadOnlySpan<char> Text => Rented.AsSpan(0, _start[^1]);

    private char[] Rented => _text ?? throw Ended();

    // What the keyword pass found is read only while the text is: past the scan, both throw.
    private ReadOnlySpan<ulong> DocumentLists => _text is null ? throw Ended() : _documentLists;

    private ReadOnlySpan<ulong> ListsOf(int index) => _text is null ? throw Ended() : _lists.AsSpan(index * _keywords.SetWords, _keywords.SetWords);

    public TextSegment Segment(int index) => _segments[index];

    /// <summary>The segment's normalized text.</summary>
    public string TextOf(int index) => _normalized[index];

    /// <summary>The original span (start, length) of the segment's normalized characters [start, start + length), for placing a match.</summary>
    public (int Start, int Length) ToOriginal(int index, int start, int length)
    {
        if (_mapped[index])
        {
            // Built on the first match in the segment, kept for the others: the map costs a pass over the segment.
            _maps ??= new NormalizedText?[Count];
            return (_maps[index] ??= new NormalizedText(_segments[index].Text, _normalized[index], mapped: true)).ToOriginal(start, length);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, _normalized[index].Length);
        return (start, length);
    }

    /// <summary>Where the segment starts in <see cref="Text"/>.</summary>
    public int StartOf(int index) => _start[index];

    public DetectionInput Input(int index) => new(this, index);

    /// <summary>The normalized segments before this one in the same flow, joined by line breaks, the last <paramref name="window"/> characters.</summary>
    public ReadOnlySpan<char> Before(int index, int window)
    {
        var (from, to) = BeforeRange(index, window);
        return Text[from..to];
    }

    public (int From, int To) BeforeRange(int index, int window)
    {
        var end = _start[index] - 1;
        return end < _runStart[index] ? (_start[index], _start[index]) : (Math.Max(_runStart[index], end - window), end);
    }

    /// <summary>The range of <see cref="Text"/> after this segment in the same flow, each segment followed by a line break, the first <paramref name="window"/> characters.</summary>
    public (int From, int To) AfterRange(int index, int window)
    {
        var from = _start[index + 1];
        return (from, Math.Max(from, Math.Min(_runEnd[index], from + window)));
    }

    /// <summary>The segment's candidate names (<see cref="NameCandidates.WithRoles"/>), read once for both name detectors.</summary>
    public (NameCandidate Candidate, bool Evaluator)[] NamesOf(int index) => _names[index] ??= NameCandidates.WithRoles(Input(index));

    /// <summary>The index of the segment heading this cell's column (the topmost cell of its table's column), or -1.</summary>
    public int HeaderOf(int index) => _headerOf is null ? -1 : _headerOf[index];

    public WordSet Words(Keywords words) => _keywords.Set(words);

    /// <summary>Whether one of the words lies wholly within [<paramref name="from"/>, <paramref name="to"/>) of <see cref="Text"/>.</summary>
    public bool Has(WordSet words, int from, int to)
    {
        if (words.Everywhere)
        {
            return true;
        }

        if (!InDocument(words))
        {
            return false;
        }

        var text = Text;
        var hits = _hits.All;
        for (var h = FirstHitEndingAfter(hits, from); h < hits.Length && hits[h].End <= to; h++)
        {
            if (hits[h].Start >= from && words.Holds(hits[h], text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a hit of one of the words lies in the segment, before telling their case apart.</summary>
    public bool MayHold(WordSet words, int index) => words.IsIn(ListsOf(index)) || words.Everywhere;

    /// <summary>Whether a hit of one of the words lies anywhere in the document, before telling their case apart.</summary>
    public bool InDocument(WordSet words) => words.IsIn(DocumentLists) || words.Everywhere;

    /// <summary>Whether one of the words occurs in the segment.</summary>
    public bool InSegment(WordSet words, int index)
    {
        var mayHold = MayHold(words, index);
        if (!mayHold || words.Everywhere || !words.ChecksCase)
        {
            return mayHold;
        }

        var text = Text;
        var hits = _hits.All;
        for (var h = _firstHit[index]; h < _firstHit[index + 1]; h++)
        {
            if (words.Holds(hits[h], text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The leftmost of the words within [<paramref name="from"/>, <paramref name="to"/>), the longest where several start there.</summary>
    public (int Start, string Word)? FirstWord(WordSet words, int from, int to)
    {
        if (!InDocument(words))
        {
            return null;
        }

        var text = Text;
        var hits = _hits.All;
        KeywordHit? best = null;
        for (var h = FirstHitEndingAfter(hits, from); h < hits.Length && hits[h].End <= to; h++)
        {
            var hit = hits[h];
            // Hits come by their end: once one ends past the best start plus the longest word, none after it starts earlier.
            if (best is { } leftmost && hit.End - words.LongestWord > leftmost.Start)
            {
                break;
            }

            if (hit.Start >= from && words.Holds(hit, text)
                && (best is not { } b || hit.Start < b.Start || (hit.Start == b.Start && hit.End > b.End)))
            {
                best = hit;
            }
        }

        return best is { } found ? (found.Start, words.Spelling(found, text)) : null;
    }

    /// <summary>All the segment's ASCII digits.</summary>
    public int DigitCount(int index)
    {
        // Digits come in short runs between long stretches of other text (about half the segments hold
        // none): the search jumps from run to run.
        var rest = _normalized[index].AsSpan();
        var digits = 0;
        for (var at = rest.IndexOfAnyInRange('0', '9'); at >= 0; at = rest.IndexOfAnyInRange('0', '9'))
        {
            var run = RunLength(rest = rest[at..]);
            digits += run;
            rest = rest[run..];
        }

        return digits;
    }

    /// <summary>Whether the segment holds such a number.</summary>
    public bool HasNumber(int index, DigitRun number)
    {
        var (minDigits, maxDigits, separators) = number;
        var rest = _normalized[index].AsSpan();
        var digits = 0;
        for (var at = rest.IndexOfAnyInRange('0', '9'); at >= 0; at = rest.IndexOfAnyInRange('0', '9'))
        {
            // A single separator between two runs continues the number; anything else ends it.
            if (!(at == 1 && digits > 0 && separators.Contains(rest[0])))
            {
                if (digits > 0 && digits >= minDigits && digits <= maxDigits)
                {
                    return true;
                }

                digits = 0;
            }

            var run = RunLength(rest = rest[at..]);
            digits += run;
            rest = rest[run..];
        }

        return digits > 0 && digits >= minDigits && digits <= maxDigits;
    }

    /// <summary>Returns the joined text and the keyword hits to the pool: the document's scan has ended.</summary>
    public void Dispose()
    {
        _hits.Dispose();
        if (_text is { } text)
        {
            _text = null;
            ArrayPool<char>.Shared.Return(text);
        }
    }

    private static ObjectDisposedException Ended() => new(nameof(DocumentText), "The document's scan has ended.");

    // The digits the text starts with.
    private static int RunLength(ReadOnlySpan<char> text) => text.IndexOfAnyExceptInRange('0', '9') is >= 0 and var end ? end : text.Length;

    private static int FirstHitEndingAfter(ReadOnlySpan<KeywordHit> hits, int from)
    {
        var (low, high) = (0, hits.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (hits[middle].End <= from)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // Context flows within one source and page: a header's label says nothing about the body.
    private bool SameFlow(int a, int b) =>
        _segments[a].Source == _segments[b].Source && _segments[a].Page == _segments[b].Page;

    // For each cell, the topmost cell of its column (its header), or -1: a header has no header of its own.
    private int[] FindHeaders()
    {
        // Per table, per column, the topmost cell seen so far. A table's cells come one after the other,
        // so the table's name is looked up only where it changes.
        var tables = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        List<int>? columns = null;
        string? table = null;
        for (var i = 0; i < Count; i++)
        {
            if (_segments[i].Cell is not { } cell)
            {
                continue;
            }

            if (!string.Equals(table, cell.Table, StringComparison.Ordinal))
            {
                table = cell.Table;
                columns = CollectionsMarshal.GetValueRefOrAddDefault(tables, table, out _) ??= [];
            }

            while (columns!.Count <= cell.Column)
            {
                columns.Add(-1);
            }

            if (columns[cell.Column] < 0 || _segments[columns[cell.Column]].Cell!.Row > cell.Row)
            {
                columns[cell.Column] = i;
            }
        }

        var headerOf = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            headerOf[i] = _segments[i].Cell is { } cell && tables[cell.Table][cell.Column] is var header && header != i ? header : -1;
        }

        return headerOf;
    }
}
