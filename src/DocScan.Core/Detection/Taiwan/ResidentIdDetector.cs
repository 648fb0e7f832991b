namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// 居留證統一證號 (外來人口統一證號): the 2021 format (letter, 8 or 9, eight digits) and the old format
/// (area letter, gender letter A–D, eight digits), both with the national ID's check digit.
/// </summary>
internal sealed class ResidentIdDetector : IDetector
{
    private static readonly Keywords Context = ["居留證", "統一證號", "外來人口", "外籍", "移工", "證號", "ARC"];

    // E-invoice numbers (two letters, eight digits) share the old format's shape.
    private static readonly Keywords InvoiceContext = ["發票", "invoice"];

    public string Id => "tw-resident-id";

    public string FindingType => FindingTypes.ResidentId;

    public DetectorRequirements Requirements => IdShapes.Requirements;

    public IEnumerable<Keywords> Keywords => [Context, InvoiceContext];

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        if (IdShapes.Find(input.Text) is not { } shapes)
        {
            return;
        }

        foreach (var (start, length, value) in shapes)
        {
            if (!TaiwanIdChecksum.IsValidResidentId(value))
            {
                continue;
            }

            var oldFormat = char.IsAsciiLetter(value[1]);
            if (oldFormat && input.HasContext(start, length, InvoiceContext, 12))
            {
                continue;
            }

            var confidence = input.HasContext(start, length, Context, 30) ? 0.99 : oldFormat ? 0.8 : 0.9;
            found.Add(new DetectorMatch(start, length, value, TaiwanIdChecksum.Mask(value), confidence));
        }
    }
}
