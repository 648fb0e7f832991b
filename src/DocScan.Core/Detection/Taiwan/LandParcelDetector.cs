namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// 地號 (land parcel numbers). Informational: a parcel number is public land-register data; it
/// becomes a leak through the owner's name and ID beside it, which other detectors find (seed case 4).
/// </summary>
internal sealed class LandParcelDetector : IDetector
{
    public string Id => "tw-land-parcel";

    public string FindingType => FindingTypes.LandParcel;

    public DetectorRequirements Requirements => CadastralNumbers.Land.Requirements;

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        if (CadastralNumbers.Land.Find(input) is not { } matches)
        {
            return;
        }

        foreach (var m in matches)
        {
            found.Add(new DetectorMatch(m.Start, m.Length, m.Value, m.Masked, m.Confidence));
        }
    }
}
