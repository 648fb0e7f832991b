namespace DocScan.Core.Detection.Taiwan;

/// <summary>國民身分證統一編號: letter, 1 or 2, eight digits, check digit.</summary>
internal sealed class NationalIdDetector : IDetector
{
    private static readonly Keywords Context = ["身分證", "身份證", "統一編號", "統編", "證號", "ID"];

    public string Id => "tw-national-id";

    public string FindingType => FindingTypes.NationalId;

    public DetectorRequirements Requirements => IdShapes.Requirements;

    public IEnumerable<Keywords> Keywords => [Context];

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        if (IdShapes.Find(input.Text) is not { } shapes)
        {
            return;
        }

        foreach (var (start, length, value) in shapes)
        {
            if (TaiwanIdChecksum.IsValidNationalId(value))
            {
                // The checksum alone leaves a 1-in-10 chance for a random code; context words settle it.
                var confidence = input.HasContext(start, length, Context, 30) ? 0.99 : 0.9;
                found.Add(new DetectorMatch(start, length, value, TaiwanIdChecksum.Mask(value), confidence));
            }
        }
    }
}
