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

    /// <summary>
    /// Adds the matches in <see cref="DetectionInput.Text"/>, with offsets into its normalized text, to
    /// <paramref name="found"/>. A list to add to rather than one returned: <see cref="FindingDetector"/>
    /// passes one list for every segment and detector of a document, where a list of its own per
    /// detector and segment with a match was a fair share of all that detection allocated.
    /// </summary>
    void Detect(DetectionInput input, List<DetectorMatch> found);
}

/// <param name="Start">Offset in the normalized text.</param>
/// <param name="Length">Length in the normalized text.</param>
/// <param name="Value">The normalized value: half-width, no stray spaces.</param>
/// <param name="Masked">What a report may store and show.</param>
/// <param name="Confidence">0..1.</param>
/// <remarks>A value, not an object: matches live in the detector's list only until they become findings.</remarks>
public readonly record struct DetectorMatch(int Start, int Length, string Value, string Masked, double Confidence);
