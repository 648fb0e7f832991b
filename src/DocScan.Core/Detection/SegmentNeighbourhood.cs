using System.Text;
using DocScan.Core.Extraction;
using DocScan.Core.Normalization;

namespace DocScan.Core.Detection;

/// <summary>The segments of one document, normalized once, so detectors can read around a match.</summary>
internal sealed class SegmentNeighbourhood
{
    private readonly IReadOnlyList<TextSegment> _segments;
    private readonly NormalizedText?[] _normalized;
    private Dictionary<(string Table, int Column), int>? _headers;

    public SegmentNeighbourhood(IReadOnlyList<TextSegment> segments)
    {
        _segments = segments;
        _normalized = new NormalizedText?[segments.Count];
    }

    public int Count => _segments.Count;

    public TextSegment Segment(int index) => _segments[index];

    public NormalizedText Normalized(int index) => _normalized[index] ??= TextNormalizer.Normalize(_segments[index].Text);

    public string Before(int index, int window)
    {
        var parts = new List<string>();
        var length = 0;
        for (var i = index - 1; i >= 0 && length < window && SameFlow(i, index); i--)
        {
            var text = Normalized(i).Text;
            parts.Add(text);
            length += text.Length + 1;
        }

        parts.Reverse();
        var joined = string.Join('\n', parts);
        return joined.Length > window ? joined[^window..] : joined;
    }

    public string After(int index, int window)
    {
        var builder = new StringBuilder();
        for (var i = index + 1; i < _segments.Count && builder.Length < window && SameFlow(i, index); i++)
        {
            builder.Append(Normalized(i).Text).Append('\n');
        }

        return builder.Length > window ? builder.ToString(0, window) : builder.ToString();
    }

    public string? ColumnHeader(int index)
    {
        if (_segments[index].Cell is not { } cell)
        {
            return null;
        }

        _headers ??= FindHeaders();
        return _headers.TryGetValue((cell.Table, cell.Column), out var header) && header != index
            ? Normalized(header).Text
            : null;
    }

    // Context flows within one source and page: a header's label says nothing about the body.
    private bool SameFlow(int a, int b) =>
        _segments[a].Source == _segments[b].Source && _segments[a].Page == _segments[b].Page;

    // The header of a column is its topmost cell.
    private Dictionary<(string, int), int> FindHeaders()
    {
        var headers = new Dictionary<(string, int), int>();
        for (var i = 0; i < _segments.Count; i++)
        {
            if (_segments[i].Cell is not { } cell)
            {
                continue;
            }

            var key = (cell.Table, cell.Column);
            if (!headers.TryGetValue(key, out var current) || _segments[current].Cell!.Row > cell.Row)
            {
                headers[key] = i;
            }
        }

        return headers;
    }
}
