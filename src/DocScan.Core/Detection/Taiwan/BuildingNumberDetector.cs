namespace DocScan.Core.Detection.Taiwan;

/// <summary>建號 (building numbers), such as 01234-000 on a building transcript. Informational, as 地號.</summary>
internal sealed class BuildingNumberDetector : IDetector
{
    public string Id => "tw-building-number";

    public string FindingType => FindingTypes.BuildingNumber;

    public DetectorRequirements Requirements => CadastralNumbers.Building.Requirements;

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        if (CadastralNumbers.Building.Find(input) is not { } matches)
        {
            return;
        }

        foreach (var m in matches)
        {
            found.Add(new DetectorMatch(m.Start, m.Length, m.Value, m.Masked, m.Confidence));
        }
    }
}
