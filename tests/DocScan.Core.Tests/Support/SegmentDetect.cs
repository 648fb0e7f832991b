using DocScan.Core.Detection;
using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using DocScan.Core.Rules;

namespace DocScan.Core.Tests.Support;

/// <summary>Runs detectors over several segments the way the scanner does, so neighbouring lines and column headers give context.</summary>
internal static class SegmentDetect
{
    public static IReadOnlyList<Finding> Run(IDetector detector, params TextSegment[] segments) =>
        Run(detector, ScanRules.Default, segments);

    /// <summary>
    /// The detector's findings. One whose matches wait for other findings (a record for a name or ID nearby)
    /// runs beside every shipped detector, as in a scan, and only its own findings are returned.
    /// </summary>
    public static IReadOnlyList<Finding> Run(IDetector detector, ScanRules rules, params TextSegment[] segments)
    {
        var set = detector.ConfirmedBy is null
            ? new DetectorSet([detector], [])
            : new DetectorSet([.. DetectorRegistry.Create(rules).TextDetectors.Where(d => d.Id != detector.Id), detector], []);
        return new FindingDetector(set, rules, TimeProvider.System).Detect(Document(segments), CancellationToken.None)
            .Where(f => f.Detector == detector.Id).ToList();
    }

    public static ExtractionResult Document(IReadOnlyList<TextSegment> segments, IReadOnlyList<ActiveContent>? active = null) =>
        new(SniffResult.Unknown, segments, [], active ?? []);

    /// <summary>Body paragraphs, one per line.</summary>
    public static TextSegment[] Lines(string text) =>
        text.Split('\n').Select(line => new TextSegment(line, SegmentSources.Body, "word/document.xml")).ToArray();

    /// <summary>A table, first row the header, as a Word extractor emits it: one segment per cell, row by row.</summary>
    public static TextSegment[] Table(string table, params string[][] rows) =>
        rows.SelectMany((row, r) => row.Select((cell, c) =>
            new TextSegment(cell, SegmentSources.Table, "word/document.xml", Cell: new CellPosition(table, r, c)))).ToArray();
}
