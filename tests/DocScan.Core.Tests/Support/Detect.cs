using DocScan.Core.Detection;
using DocScan.Core.Extraction;

namespace DocScan.Core.Tests.Support;

/// <summary>Runs one detector over a line of text the way the scanner does.</summary>
internal static class Detect
{
    /// <summary>The clock the tests scan by: a birth date's age depends on the day.</summary>
    public static readonly TimeProvider Clock = TimeProvider.System;

    public static IReadOnlyList<DetectorMatch> With(IDetector detector, string text) =>
        In(detector, [new TextSegment(text, SegmentSources.Body, "test")]).Select(m => m.Match).ToList();

    /// <summary>
    /// The detector's matches in each segment, with the segment's index, whether or not the segment meets its requirements.
    /// A detector whose matches wait for other findings (<see cref="IDetector.ConfirmedBy"/>) runs in a whole scan's
    /// detectors instead, and its matches are the findings the scan keeps.
    /// </summary>
    public static List<(int Segment, DetectorMatch Match)> In(IDetector detector, IReadOnlyList<TextSegment> segments)
    {
        if (detector.ConfirmedBy is not null)
        {
            return [.. SegmentDetect.Run(detector, [.. segments]).Select(f => (
                segments.ToList().FindIndex(s => ReferenceEquals(s, f.Segment)),
                new DetectorMatch(f.Start, f.Length, f.Value, f.Masked, f.Confidence)))];
        }

        using var document = new DocumentText(segments, new KeywordIndex(FindingDetector.WordsOf(detector)), Clock);
        var matches = new List<(int, DetectorMatch)>();
        var found = new List<DetectorMatch>();
        for (var i = 0; i < document.Count; i++)
        {
            found.Clear();
            detector.Detect(document.Input(i), found);
            matches.AddRange(found.Select(m => (i, m)));
        }

        return matches;
    }
}
