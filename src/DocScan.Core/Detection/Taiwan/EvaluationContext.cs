namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Whether a name stands in a procurement evaluation (評選委員會): the committee list is secret until
/// the evaluation is over (政府採購法第34條, 採購評選委員會組織準則第6條), so such a name is an
/// evaluator, never a mere person name.
/// </summary>
internal static class EvaluationContext
{
    private static readonly Keywords Evaluation = ["評選", "評審", "召集人", "外聘", "內聘", "委員名單"];

    private static readonly Keywords Member = ["委員"];

    // A members' table (姓名 | 服務機關 | 職稱) is a committee list when members are mentioned too;
    // alone it is as likely an attendance sheet.
    private static readonly Keywords Affiliation = ["服務機關", "服務單位", "職稱", "現職"];

    /// <summary>The words <see cref="IsEvaluator"/> asks about.</summary>
    public static IEnumerable<Keywords> Keywords => [Evaluation, Member, Affiliation];

    public static bool IsEvaluator(DetectionInput input, NameCandidate candidate) => candidate.Trigger switch
    {
        NameTrigger.EvaluatorLabel => true,
        NameTrigger.MemberLabel => input.HasContext(candidate.Start, candidate.Length, Evaluation),
        // A label naming the role (申請人, 陳情人) says who the person is, whatever is discussed nearby;
        // 姓名, 受文者 and 君 do not: an invitation to a committee is addressed 受文者：王大明君.
        NameTrigger.PersonLabel when candidate.Label is not ("姓名" or "受文者" or "君") => false,
        // An official in role is no evaluator, but a professor named in a committee list may well be one.
        NameTrigger.OfficialPost when candidate.Label is not ("教授" or "講座") => false,
        _ => input.HasContext(candidate.Start, candidate.Length, Evaluation)
            || (input.HasContext(candidate.Start, candidate.Length, Member) && input.HasContext(candidate.Start, candidate.Length, Affiliation)),
    };
}
