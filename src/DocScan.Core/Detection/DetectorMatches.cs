namespace DocScan.Core.Detection;

/// <summary>Reading one detector's matches on their own: tests and tools that look at a single detector.</summary>
public static class DetectorMatches
{
    /// <summary>The detector's matches in the input, in a list of their own.</summary>
    public static List<DetectorMatch> Detect(this IDetector detector, DetectionInput input)
    {
        var found = new List<DetectorMatch>();
        detector.Detect(input, found);
        return found;
    }
}
