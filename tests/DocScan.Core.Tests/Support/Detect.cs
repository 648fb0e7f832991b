using DocScan.Core.Detection;
using DocScan.Core.Extraction;
using DocScan.Core.Normalization;

namespace DocScan.Core.Tests.Support;

/// <summary>Runs one detector over a line of text the way the scanner does.</summary>
public static class Detect
{
    public static IReadOnlyList<DetectorMatch> With(IDetector detector, string text) =>
        detector.Detect(new DetectionInput(TextNormalizer.Normalize(text), new TextSegment(text, SegmentSources.Body, "test"))).ToList();
}
