using DocScan.Core.Normalization;

namespace DocScan.Core.Detection;

/// <summary>Finds one finding type in normalized text. One detector per type, each in its own file.</summary>
public interface IDetector
{
    /// <summary>Stable detector id reported with each finding, e.g. <c>tw-national-id</c>.</summary>
    string Id { get; }

    /// <summary>The finding type it reports, one of <see cref="FindingTypes"/>.</summary>
    string FindingType { get; }

    /// <summary>
    /// What a segment must have for this detector to find anything: segments without it are not
    /// passed to <see cref="Detect"/> at all. Requires nothing unless a detector says otherwise.
    /// </summary>
    DetectorRequirements Requirements => DetectorRequirements.None;

    /// <summary>Matches in <see cref="DetectionInput.Text"/>, with offsets into its normalized text.</summary>
    IEnumerable<DetectorMatch> Detect(DetectionInput input);
}

/// <param name="Start">Offset in the normalized text.</param>
/// <param name="Length">Length in the normalized text.</param>
/// <param name="Value">The normalized value: half-width, no stray spaces.</param>
/// <param name="Masked">What a report may store and show.</param>
/// <param name="Confidence">0..1.</param>
public sealed record DetectorMatch(int Start, int Length, string Value, string Masked, double Confidence);
