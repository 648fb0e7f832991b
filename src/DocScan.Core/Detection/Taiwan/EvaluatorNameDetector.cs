using DocScan.Core.Rules;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Names of procurement evaluation committee members: every roster name (rules.Evaluators) wherever
/// it appears, and names in evaluation contexts (評選委員, 召集人, 委員名單, members' tables). Seed
/// case 3: the list leaked through one e-mail to all members.
/// </summary>
internal sealed class EvaluatorNameDetector(ScanRules rules) : IDetector
{
    private const double RosterConfidence = 0.97;

    private readonly EvaluatorRoster _roster = new(rules);

    public string Id => "tw-evaluator-name";

    public string FindingType => FindingTypes.EvaluatorName;

    public IEnumerable<Keywords> Keywords => NameCandidates.Keywords;

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;
        HashSet<int>? reported = null;
        foreach (var (start, name) in _roster.FindIn(text))
        {
            (reported ??= []).Add(start);
            found.Add(new DetectorMatch(start, name.Length, name, ChineseNames.Mask(name), RosterConfidence));
        }

        foreach (var (candidate, evaluator) in input.Names)
        {
            if (evaluator && reported?.Contains(candidate.Start) != true)
            {
                found.Add(candidate.ToMatch());
            }
        }
    }
}
