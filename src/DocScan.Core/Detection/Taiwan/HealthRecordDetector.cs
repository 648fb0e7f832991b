namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Medical data stated about a person (診斷為..., 就醫紀錄, 領有身心障礙證明, ICD-10 codes): sensitive
/// data under 個人資料保護法第6條 (seed case 1: NHI records looked up and passed on).
/// </summary>
internal sealed class HealthRecordDetector : IDetector
{
    public const string Label = "〔病歷健康資料〕";

    public string Id => "tw-health-record";

    public string FindingType => FindingTypes.HealthRecord;

    public DetectorRequirements Requirements => SensitiveRecords.Health.Requirements;

    public FindingDependency ConfirmedBy => RecordSubject.Nearby;

    public IEnumerable<Keywords> Keywords => SensitiveRecords.Health.Keywords;

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        if (SensitiveRecords.Health.Find(input) is not { } matches)
        {
            return;
        }

        foreach (var m in matches)
        {
            found.Add(new DetectorMatch(m.Start, m.Length, m.Phrase, Label, m.Confidence));
        }
    }
}
