namespace DocScan.Core.Detection;

/// <summary>Classes of characters, and layout, that a segment may have.</summary>
[Flags]
public enum TextFeatures
{
    None = 0,

    /// <summary>An ASCII digit (after NFKC, full-width digits are ASCII too).</summary>
    AsciiDigit = 1 << 0,

    /// <summary>An ASCII letter, upper or lower case.</summary>
    AsciiLetter = 1 << 1,

    /// <summary>An ASCII capital letter (A–Z).</summary>
    AsciiUpper = 1 << 2,

    /// <summary>The segment is a table cell, which a column header may label.</summary>
    TableCell = 1 << 3,
}

/// <summary>
/// What a segment's normalized text must have for a detector to find anything in it, so that
/// <see cref="FindingDetector"/> runs the detector only where it may match: most segments are short
/// lines that hold nothing most detectors look for. A detector must never find a match where its
/// requirements are not met. The default requires nothing: the detector always runs.
/// </summary>
/// <param name="AllOf">Every one of these features.</param>
/// <param name="AnyOf">One of these features, or one of <paramref name="AnyChar"/>, when either names any.</param>
/// <param name="AnyChar">One of these characters (號 for an address, the rarest character of each of a detector's words), or one of <paramref name="AnyOf"/>.</param>
/// <param name="MinDigits">At least this many ASCII digits in all.</param>
/// <param name="MinDigitRun">At least this many ASCII digits in a row somewhere.</param>
public readonly record struct DetectorRequirements(
    TextFeatures AllOf = TextFeatures.None,
    TextFeatures AnyOf = TextFeatures.None,
    string? AnyChar = null,
    int MinDigits = 0,
    int MinDigitRun = 0)
{
    public static DetectorRequirements None => default;
}
