using DocScan.Core.Detection;
using DocScan.Core.Extraction;

namespace DocScan.Core.Tests.Support;

/// <summary>Runs one detector over segments that give each other context: lines of a letter, cells of a table.</summary>
internal static class DetectInContext
{
    /// <summary>Matches in each line, with the line's index; the lines are consecutive body segments.</summary>
    public static IReadOnlyList<(int Line, DetectorMatch Match)> Lines(IDetector detector, params string[] lines) =>
        Run(detector, lines.Select((line, i) => new TextSegment(line, SegmentSources.Body, $"L{i + 1}")).ToList());

    /// <summary>Matches in the body cell of a two-row table whose first row is the header.</summary>
    public static IReadOnlyList<DetectorMatch> Cell(IDetector detector, string header, string cell)
    {
        var segments = new List<TextSegment>
        {
            new("序號", SegmentSources.Body, "t", Cell: new CellPosition("t", 0, 0)),
            new(header, SegmentSources.Body, "t", Cell: new CellPosition("t", 0, 1)),
            new("1", SegmentSources.Body, "t", Cell: new CellPosition("t", 1, 0)),
            new(cell, SegmentSources.Body, "t", Cell: new CellPosition("t", 1, 1)),
        };
        return Run(detector, segments).Where(m => m.Line == 3).Select(m => m.Match).ToList();
    }

    private static List<(int Line, DetectorMatch Match)> Run(IDetector detector, IReadOnlyList<TextSegment> segments) =>
        Detect.In(detector, segments);
}
