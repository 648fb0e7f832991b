using DocScan.Core.Detection;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Rules;

namespace DocScan.Core.Tests.Policy;

public class VerdictPolicyTests
{
    private static Finding Make(string type, bool hidden = false) =>
        new(type, "test", "v", "m", 0.9, new TextSegment("v", hidden ? SegmentSources.Comment : SegmentSources.Body, "p", Hidden: hidden), 0, 1);

    [Fact]
    public void Nothing_found_is_release()
    {
        var (verdict, reasons) = VerdictPolicy.Decide([], [], ScanRules.Default);
        Assert.Equal(Verdict.Release, verdict);
        Assert.Empty(reasons);
    }

    [Fact]
    public void Personal_ids_are_redact_citing_the_personal_data_act()
    {
        var (verdict, reasons) = VerdictPolicy.Decide([Make(FindingTypes.NationalId), Make(FindingTypes.ResidentId)], [], ScanRules.Default);
        Assert.Equal(Verdict.Redact, verdict);
        var reason = Assert.Single(reasons);
        Assert.Contains("個人資料保護法第2條", reason.Basis);
        Assert.Contains("1 筆身分證統一編號", reason.Message);
        Assert.Contains("1 筆居留證統一證號", reason.Message);
    }

    [Fact]
    public void Masked_ids_alone_are_release()
    {
        var (verdict, _) = VerdictPolicy.Decide([Make(FindingTypes.MaskedNationalId)], [], ScanRules.Default);
        Assert.Equal(Verdict.Release, verdict);
    }

    [Fact]
    public void Hidden_findings_are_still_a_leak_and_say_so()
    {
        var (verdict, reasons) = VerdictPolicy.Decide([Make(FindingTypes.NationalId, hidden: true)], [], ScanRules.Default);
        Assert.Equal(Verdict.Redact, verdict);
        Assert.Contains("隱藏內容", Assert.Single(reasons).Message);
    }

    [Fact]
    public void A_problem_outranks_redact()
    {
        var (verdict, reasons) = VerdictPolicy.Decide([Make(FindingTypes.NationalId)], [new ScanProblem(ProblemCodes.Corrupt, "x")], ScanRules.Default);
        Assert.Equal(Verdict.Review, verdict);
        Assert.Contains(reasons, r => r.Code == "incomplete-scan");
    }

    [Fact]
    public void Verdicts_order_from_release_to_block()
    {
        Assert.True(Verdict.Block > Verdict.Review);
        Assert.True(Verdict.Review > Verdict.DualDraft);
        Assert.True(Verdict.DualDraft > Verdict.Redact);
        Assert.True(Verdict.Redact > Verdict.Release);
    }
}
