using DocScan.Core.Extraction;
using DocScan.Core.Normalization;

namespace DocScan.Core.Detection;

/// <summary>The segments of one document, normalized once, so detectors can read around a match.</summary>
internal sealed class SegmentNeighbourhood
{
    private readonly TextSegment[] _segments;
    private readonly NormalizedText?[] _normalized;
    private int[]? _headerOf;
    private Flow? _flow;

    public SegmentNeighbourhood(IReadOnlyList<TextSegment> segments)
    {
        _segments = [.. segments];
        _normalized = new NormalizedText?[_segments.Length];
    }

    public int Count => _segments.Length;

    public TextSegment Segment(int index) => _segments[index];

    public NormalizedText Normalized(int index) => _normalized[index] ??= TextNormalizer.Normalize(_segments[index].Text);

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
        return flow.Text.AsSpan(from, end - from);
    }

    /// <summary>The normalized segments after this one in the same flow, each followed by a line break, the first <paramref name="window"/> characters.</summary>
    public ReadOnlySpan<char> After(int index, int window)
    {
        var flow = _flow ??= new Flow(this);
        var from = flow.Start[index + 1];
        return flow.Text.AsSpan(from, Math.Min(flow.RunEnd[index], from + window) - from);
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

    // Context flows within one source and page: a header's label says nothing about the body.
    private bool SameFlow(int a, int b) =>
        _segments[a].Source == _segments[b].Source && _segments[a].Page == _segments[b].Page;

    // For each cell, the topmost cell of its column (its header), or -1: a header has no header of its own.
    private int[] FindHeaders()
    {
        var tables = new Tables();
        for (var i = 0; i < _segments.Length; i++)
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

        var headerOf = new int[_segments.Length];
        for (var i = 0; i < _segments.Length; i++)
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
    /// Every normalized segment followed by a line break, in one string, so that the text around a
    /// segment is a slice of it rather than a string joined anew for each segment that asks.
    /// </summary>
    private sealed class Flow
    {
        public Flow(SegmentNeighbourhood neighbourhood)
        {
            var count = neighbourhood.Count;
            Start = new int[count + 1];
            RunStart = new int[count];
            RunEnd = new int[count];
            for (var i = 0; i < count; i++)
            {
                RunStart[i] = i > 0 && neighbourhood.SameFlow(i - 1, i) ? RunStart[i - 1] : Start[i];
                Start[i + 1] = Start[i] + neighbourhood.Normalized(i).Text.Length + 1;
            }

            for (var i = count - 1; i >= 0; i--)
            {
                RunEnd[i] = i + 1 < count && RunStart[i + 1] == RunStart[i] ? RunEnd[i + 1] : Start[i + 1];
            }

            Text = string.Create(Start[count], neighbourhood, static (chars, n) =>
            {
                var at = 0;
                for (var i = 0; i < n.Count; i++)
                {
                    var text = n.Normalized(i).Text;
                    text.CopyTo(chars[at..]);
                    chars[at + text.Length] = '\n';
                    at += text.Length + 1;
                }
            });
        }

        public string Text { get; }

        /// <summary>Where each segment starts in <see cref="Text"/>; the last entry is the text's length.</summary>
        public int[] Start { get; }

        /// <summary>Where the run of neighbouring segments of the same flow as this one starts.</summary>
        public int[] RunStart { get; }

        /// <summary>Where that run ends, after the last segment's line break.</summary>
        public int[] RunEnd { get; }
    }
}
