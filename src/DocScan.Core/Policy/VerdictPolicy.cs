using DocScan.Core.Detection;
using DocScan.Core.Documents;
using DocScan.Core.Extraction;
using DocScan.Core.Reporting;
using DocScan.Core.Rules;

namespace DocScan.Core.Policy;

/// <summary>
/// Maps findings and problems to one verdict, strongest wins (block &gt; review &gt; dual-draft &gt; redact
/// &gt; release), with a reason per cause that cites its basis. Only private findings count: official
/// and organisation data (the letterhead, officials in role, companies) is listed in the report but
/// never makes a document redact, dual-draft or block by itself.
/// </summary>
public static class VerdictPolicy
{
    private static readonly string[] FailClosedBasis = ["個人資料保護法第27條", "DocScan 原則：未能完整檢查者不得放行"];

    public static (Verdict Verdict, IReadOnlyList<Reason> Reasons) Decide(
        IReadOnlyList<Finding> findings, IReadOnlyList<ScanProblem> problems, ScanRules rules)
    {
        var verdict = Verdict.Release;
        var reasons = new List<Reason>();

        var counted = findings
            .Where(f => Counts(f, rules))
            .GroupBy(f => f.Type)
            .Select(g => (Rule: Effective(rules.Definition(g.Key), rules), Count: g.Count(), Hidden: g.Count(f => f.Segment.Hidden)))
            .Where(t => t.Rule.Verdict != Verdict.Release)
            .OrderByDescending(t => t.Rule.Verdict)
            .ThenBy(t => t.Rule.Id, StringComparer.Ordinal);
        foreach (var cause in counted.GroupBy(t => t.Rule.ReasonCode))
        {
            var strongest = cause.First().Rule.Verdict;
            verdict = Max(verdict, strongest);
            var what = string.Join("、", cause.Select(t => $"{t.Count} 筆{t.Rule.Label}"));
            var hidden = cause.Sum(t => t.Hidden);
            var where = hidden > 0 ? $"，其中 {hidden} 筆位於隱藏內容（如追蹤修訂、註解、隱藏文字、文件屬性或巨集），畫面上看不到但會隨檔案送出" : "";
            reasons.Add(new Reason(cause.Key, $"發現 {what}{where}；{Instruction(strongest)}。",
                cause.SelectMany(t => t.Rule.Basis).Distinct().ToList()));
        }

        if (problems.Count > 0)
        {
            verdict = Max(verdict, Verdict.Review);
            reasons.Add(new Reason("incomplete-scan",
                $"有 {problems.Count} 個部分未能完整檢查（{string.Join("、", problems.Select(p => p.Code).Distinct())}），須由承辦人或審核人員確認後才能發出。",
                FailClosedBasis));
        }

        return (verdict, reasons);
    }

    /// <summary>
    /// Whether a finding takes part in the verdict and in drafts: private data does; official and organisation
    /// data only when the agency's policy names its type (it then wants e.g. every company's UBN decided).
    /// </summary>
    public static bool Counts(Finding finding, ScanRules rules) =>
        finding.Role == FindingRole.Private || rules.Policy.ContainsKey(finding.Type);

    private static FindingTypeDefinition Effective(FindingTypeDefinition type, ScanRules rules) =>
        rules.Policy.TryGetValue(type.Id, out var verdict) ? type with { Verdict = verdict } : type;

    private static Verdict Max(Verdict a, Verdict b) => a >= b ? a : b;

    private static string Instruction(Verdict verdict) => verdict switch
    {
        Verdict.Block => "本文件不得經由此管道發出",
        Verdict.Review => "須由審核人員確認",
        Verdict.DualDraft => "須改以分旨分文（雙稿）方式個別發送",
        Verdict.Redact => "須遮蔽後始得發出",
        _ => "可發出",
    };
}
