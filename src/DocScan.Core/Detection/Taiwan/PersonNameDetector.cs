using DocScan.Core.Rules;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// A private person's name where a document names someone in a role (姓名：, 申請人, 所有權人,
/// 陳情人, a 姓名 column). Officials (rules.Officials) are not private persons, and a name in a
/// procurement evaluation or on the evaluator roster is reported as evaluator-name instead. Names after
/// 承辦人, 局長, 法官 and the like are found too: role resolution lists them as the agency's (official),
/// so they never drive the verdict.
/// </summary>
internal sealed class PersonNameDetector(ScanRules rules) : IDetector
{
    private readonly HashSet<string> _officials = rules.Officials.Select(ScanRules.Canonical).ToHashSet(StringComparer.Ordinal);
    private readonly EvaluatorRoster _roster = new(rules);

    public string Id => "tw-person-name";

    public string FindingType => FindingTypes.PersonName;

    public IEnumerable<Keywords> Keywords => NameCandidates.Keywords;

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        foreach (var (candidate, evaluator) in input.Names)
        {
            if (evaluator
                || candidate.Trigger is NameTrigger.EvaluatorLabel or NameTrigger.MemberLabel
                || _officials.Contains(candidate.Name)
                || _roster.Contains(candidate.Name))
            {
                continue;
            }

            found.Add(candidate.ToMatch());
        }
    }
}
