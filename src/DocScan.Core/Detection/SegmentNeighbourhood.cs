using System.Buffers;
using DocScan.Core.Extraction;
using DocScan.Core.Normalization;

namespace DocScan.Core.Detection;

/// <summary>
/// The segments of one document, normalized once, so detectors can read around a match. Disposing it
/// gives its buffers back to the pool for the next document; the spans it handed out are then void.
/// </summary>
internal sealed class SegmentNeighbourhood : IDisposable
{
    // A document of more segments than this does not leave its objects to the thread.
    private const int MaxSpare = 4096;

    // One NormalizedText per segment, reused from one document to the next on the same thread: half
    // a million segments in a batch of letters made as many objects. Taken whole by a neighbourhood and
    // given back when it is disposed, so two neighbourhoods alive at once never share one.
    [ThreadStatic]
    private static List<NormalizedText>? _threadSpare;

    private readonly int _count;
    private readonly List<NormalizedText> _spare;
    private int _used;
    private TextSegment[] _segments;
    private NormalizedText?[] _normalized;
    private int[]? _headerOf;
    private Flow? _flow;

    public SegmentNeighbourhood(IReadOnlyList<TextSegment> segments)
    {
        _count = segments.Count;
        _segments = ArrayPool<TextSegment>.Shared.Rent(_count);
        _normalized = ArrayPool<NormalizedText?>.Shared.Rent(_count);
        _spare = _threadSpare ?? [];
        _threadSpare = null;
        if (segments is ICollection<TextSegment> collection)
        {
            // Extraction hands over a List: one block copy.
            collection.CopyTo(_segments, 0);
        }
        else
        {
            for (var i = 0; i < _count; i++)
            {
                _segments[i] = segments[i];
            }
        }
    }

    public int Count => _count;

    public TextSegment Segment(int index) => _segments[index];

    public NormalizedText Normalized(int index) => _normalized[index] ?? NormalizeAt(index);

    /// <summary>The normalized segments before this one in the same flow, joined by line breaks, the last <paramref name="window"/> characters.</summary>
    public ReadOnlySpan<char> Before(int index, int window)
    {
        var flow = _flow ??= new Flow(this);
        var end = flow.Start[index] - 1;
        if (end < flow.RunStart[index])
        {
            return [];
        }

        var from = Math.Max(flow.RunStart[index], end - window);
        return flow.Text.Slice(from, end - from);
    }

    /// <summary>The normalized segments after this one in the same flow, each followed by a line break, the first <paramref name="window"/> characters.</summary>
    public ReadOnlySpan<char> After(int index, int window)
    {
        var flow = _flow ??= new Flow(this);
        var from = flow.Start[index + 1];
        return flow.Text.Slice(from, Math.Min(flow.RunEnd[index], from + window) - from);
    }

    public string? ColumnHeader(int index)
    {
        // Only a cell has a header: lines of a PDF or paragraphs never need the document's tables worked out.
        if (_segments[index].Cell is null)
        {
            return null;
        }

        var header = (_headerOf ??= FindHeaders())[index];
        return header >= 0 ? Normalized(header).Text : null;
    }

    public void Dispose()
    {
        _flow?.Dispose();
        _flow = null;

        // Emptied before they wait for the next document: a spare must not keep this one's text alive.
        for (var i = 0; i < _used; i++)
        {
            _spare[i].Reset("", "", mapped: false);
        }

        if (_spare.Count <= MaxSpare)
        {
            _threadSpare = _spare;
        }

        _used = 0;

        // Cleared on return: a pooled array must not keep a document's text alive.
        ArrayPool<TextSegment>.Shared.Return(_segments, clearArray: true);
        ArrayPool<NormalizedText?>.Shared.Return(_normalized, clearArray: true);
        _segments = [];
        _normalized = [];
    }

    private NormalizedText NormalizeAt(int index)
    {
        var text = _segments[index].Text;
        NormalizedText normalized;
        if (_used < _spare.Count)
        {
            normalized = _spare[_used];
            TextNormalizer.Normalize(text, normalized);
        }
        else
        {
            normalized = TextNormalizer.Normalize(text);
            _spare.Add(normalized);
        }

        _used++;
        return _normalized[index] = normalized;
    }

    // Context flows within one source and page: a header's label says nothing about the body.
    private bool SameFlow(int a, int b) =>
        _segments[a].Source == _segments[b].Source && _segments[a].Page == _segments[b].Page;

    // For each cell, the topmost cell of its column (its header), or -1: a header has no header of its own.
    private int[] FindHeaders()
    {
        var tables = new Tables();
        for (var i = 0; i < _count; i++)
        {
            if (_segments[i].Cell is not { } cell)
            {
                continue;
            }

            var columns = tables.Columns(cell.Table);
            if (!columns.TryGetValue(cell.Column, out var current) || _segments[current].Cell!.Row > cell.Row)
            {
                columns[cell.Column] = i;
            }
        }

        var headerOf = new int[_count];
        for (var i = 0; i < _count; i++)
        {
            headerOf[i] = _segments[i].Cell is { } cell && tables.Columns(cell.Table)[cell.Column] is var header && header != i ? header : -1;
        }

        return headerOf;
    }

    // Per table, the topmost cell of each column. A table's cells come one after the other, so the
    // table's name is looked up only where it changes.
    private sealed class Tables
    {
        private readonly Dictionary<string, Dictionary<int, int>> _tables = new(StringComparer.Ordinal);
        private string? _last;
        private Dictionary<int, int>? _lastColumns;

        public Dictionary<int, int> Columns(string table)
        {
            if (_lastColumns is null || !string.Equals(_last, table, StringComparison.Ordinal))
            {
                if (!_tables.TryGetValue(table, out _lastColumns))
                {
                    _tables[table] = _lastColumns = [];
                }

                _last = table;
            }

            return _lastColumns;
        }
    }

    /// <summary>
    /// Every normalized segment followed by a line break, in one buffer, so that the text around a
    /// segment is a slice of it rather than a string joined anew for each segment that asks. The
    /// buffers come from the pool: a document's flow is as long as its text, and one is made for
    /// nearly every document scanned.
    /// </summary>
    private sealed class Flow : IDisposable
    {
        private char[] _text;

        public Flow(SegmentNeighbourhood neighbourhood)
        {
            var count = neighbourhood.Count;
            Start = ArrayPool<int>.Shared.Rent(count + 1);
            RunStart = ArrayPool<int>.Shared.Rent(count);
            RunEnd = ArrayPool<int>.Shared.Rent(count);
            Start[0] = 0;
            for (var i = 0; i < count; i++)
            {
                RunStart[i] = i > 0 && neighbourhood.SameFlow(i - 1, i) ? RunStart[i - 1] : Start[i];
                Start[i + 1] = Start[i] + neighbourhood.Normalized(i).Text.Length + 1;
            }

            for (var i = count - 1; i >= 0; i--)
            {
                RunEnd[i] = i + 1 < count && RunStart[i + 1] == RunStart[i] ? RunEnd[i + 1] : Start[i + 1];
            }

            _text = ArrayPool<char>.Shared.Rent(Start[count]);
            var at = 0;
            for (var i = 0; i < count; i++)
            {
                var text = neighbourhood.Normalized(i).Text;
                text.CopyTo(_text.AsSpan(at));
                _text[at + text.Length] = '\n';
                at += text.Length + 1;
            }
        }

        public ReadOnlySpan<char> Text => _text;

        /// <summary>Where each segment starts in <see cref="Text"/>; entry [count] is where the text ends.</summary>
        public int[] Start { get; }

        /// <summary>Where the run of neighbouring segments of the same flow as this one starts.</summary>
        public int[] RunStart { get; }

        /// <summary>Where that run ends, after the last segment's line break.</summary>
        public int[] RunEnd { get; }

        public void Dispose()
        {
            ArrayPool<char>.Shared.Return(_text);
            ArrayPool<int>.Shared.Return(Start);
            ArrayPool<int>.Shared.Return(RunStart);
            ArrayPool<int>.Shared.Return(RunEnd);
            _text = [];
        }
    }
}
