namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// 地號 (land parcel numbers). Informational: a parcel number is public land-register data; it
/// becomes a leak through the owner's name and ID beside it, which other detectors find (seed case 4).
/// </summary>
public sealed class LandParcelDetector : IDetector
{
    public string Id => "tw-land-parcel";

    public string FindingType => FindingTypes.LandParcel;

    public DetectorRequirements Requirements => CadastralNumbers.Land.Requirements;

    public IEnumerable<DetectorMatch> Detect(DetectionInput input) =>
        CadastralNumbers.Land.Find(input) is { } found
            ? found.Select(m => new DetectorMatch(m.Start, m.Length, m.Value, m.Masked, m.Confidence))
            : [];
}
