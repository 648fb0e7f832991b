using DocScan.Core.Rules;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Names of procurement evaluation committee members: every roster name (rules.Evaluators) wherever
/// it appears, and names in evaluation contexts (評選委員, 召集人, 委員名單, members' tables). Seed
/// case 3: the list leaked through one e-mail to all members.
/// </summary>
public sealed class EvaluatorNameDetector(ScanRules rules) : IDetector
{
    private const double RosterConfidence = 0.97;

    private readonly EvaluatorRoster _roster = new(rules);

    public EvaluatorNameDetector()
        : this(ScanRules.Default)
    {
    }

    public string Id => "tw-evaluator-name";

    public string FindingType => FindingTypes.EvaluatorName;

    // Candidates start with a surname; roster names, as the agency spells them, may not.
    public DetectorRequirements Requirements => _roster.IsEmpty ? new(AnyChar: ChineseNames.NameStartChars) : DetectorRequirements.None;

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text.Text;
        HashSet<int>? reported = null;
        foreach (var (start, name) in _roster.FindIn(text))
        {
            (reported ??= []).Add(start);
            found.Add(new DetectorMatch(start, name.Length, name, ChineseNames.Mask(name), RosterConfidence));
        }

        if (NamesInSegment.Of(input) is not { } names)
        {
            return;
        }

        for (var i = 0; i < names.Candidates.Count; i++)
        {
            var candidate = names.Candidates[i];
            if (reported?.Contains(candidate.Start) != true && names.IsEvaluator(i))
            {
                found.Add(new DetectorMatch(candidate.Start, candidate.Length, candidate.Name,
                    ChineseNames.Mask(candidate.Name), candidate.Confidence));
            }
        }
    }
}
