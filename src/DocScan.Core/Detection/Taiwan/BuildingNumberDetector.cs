namespace DocScan.Core.Detection.Taiwan;

/// <summary>建號 (building numbers), such as 01234-000 on a building transcript. Informational, as 地號.</summary>
public sealed class BuildingNumberDetector : IDetector
{
    public string Id => "tw-building-number";

    public string FindingType => FindingTypes.BuildingNumber;

    public DetectorRequirements Requirements => CadastralNumbers.Building.Requirements;

    public IEnumerable<DetectorMatch> Detect(DetectionInput input) =>
        CadastralNumbers.Building.Find(input) is { } found
            ? found.Select(m => new DetectorMatch(m.Start, m.Length, m.Value, m.Masked, m.Confidence))
            : [];
}
