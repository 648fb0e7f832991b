using DocScan.Core.Documents;
using DocScan.Core.Extraction;

namespace DocScan.Core.Detection;

/// <summary>A match placed in its document: offsets are into the original text of <see cref="Segment"/>.</summary>
public sealed record Finding(
    string Type,
    string Detector,
    string Value,
    string Masked,
    double Confidence,
    TextSegment Segment,
    int Start,
    int Length)
{
    /// <summary>Whose the value is; set after detection by <see cref="FindingRoleResolver"/>.</summary>
    public FindingRole Role { get; init; }
}
