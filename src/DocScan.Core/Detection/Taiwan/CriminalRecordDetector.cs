namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// A criminal record stated about a person (有竊盜前科, 渠前科素行, 通緝在案): sensitive data under
/// 個人資料保護法第6條 (seed case 2). Reported as a label, never as the phrase itself.
/// </summary>
internal sealed class CriminalRecordDetector : IDetector
{
    public const string Label = "〔前科紀錄〕";

    public string Id => "tw-criminal-record";

    public string FindingType => FindingTypes.CriminalRecord;

    public DetectorRequirements Requirements => SensitiveRecords.Criminal.Requirements;

    public FindingDependency ConfirmedBy => RecordSubject.Nearby;

    public IEnumerable<Keywords> Keywords => SensitiveRecords.Criminal.Keywords;

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        if (SensitiveRecords.Criminal.Find(input) is not { } matches)
        {
            return;
        }

        foreach (var m in matches)
        {
            found.Add(new DetectorMatch(m.Start, m.Length, m.Phrase, Label, m.Confidence));
        }
    }
}
