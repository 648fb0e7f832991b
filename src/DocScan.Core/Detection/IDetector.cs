namespace DocScan.Core.Detection;

/// <summary>Finds one finding type in normalized text. One detector per type, each in its own file.</summary>
internal interface IDetector
{
    /// <summary>Stable detector id reported with each finding, e.g. <c>tw-national-id</c>.</summary>
    string Id { get; }

    /// <summary>The finding type it reports, one of <see cref="FindingTypes"/>.</summary>
    string FindingType { get; }

    /// <summary>
    /// What a segment must hold for this detector to find anything: segments without it are not passed
    /// to <see cref="Detect"/> at all. Requires nothing unless a detector says otherwise.
    /// </summary>
    DetectorRequirements Requirements => DetectorRequirements.None;

    /// <summary>Every word list <see cref="Detect"/> asks <see cref="DetectionInput"/> about: the scan searches each document for them once.</summary>
    IEnumerable<Keywords> Keywords => [];

    /// <summary>Findings of other types that confirm this detector's matches; null where a match stands alone.</summary>
    FindingDependency? ConfirmedBy => null;

    /// <summary>Adds the matches in the input's text, with offsets into its normalized text, to <paramref name="found"/>.</summary>
    void Detect(DetectionInput input, List<DetectorMatch> found);
}

/// <param name="Start">Offset in the normalized text.</param>
/// <param name="Length">Length in the normalized text.</param>
/// <param name="Value">The normalized value: half-width, no stray spaces.</param>
/// <param name="Masked">What a report may store and show.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="InOfficialRole">Read where an official acts for the agency (承辦人：王小明, 局長　陳大同): it ties no record to a private person.</param>
internal readonly record struct DetectorMatch(int Start, int Length, string Value, string Masked, double Confidence, bool InOfficialRole = false);
