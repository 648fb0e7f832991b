using DocScan.Core.Detection;
using DocScan.Core.Detection.Common;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Rules;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class RecipientExposureDetectorTests
{
    private static readonly ScanRules Rules = new() { Agency = new AgencyRules { Domains = ["gov.taipei"] } };

    private const string Evaluators =
        "林志成 <lin.cc@ntu.edu.tw>, 黃雅琪 <yachi@nccu.edu.tw>, \"陳美惠\" <meihui.chen@gmail.com>, 許文雄 <hsu@mail.ncku.edu.tw>";

    private static TextSegment Header(string field, string text, string prefix = "") =>
        new(text, SegmentSources.EmailHeader, prefix + field);

    private static IReadOnlyList<Finding> Run(ScanRules rules, params TextSegment[] segments) =>
        new RecipientExposureDetector(rules).Detect(SegmentDetect.Document(segments)).ToList();

    [Fact]
    public void An_invitation_to_external_evaluators_in_to_is_one_finding_at_the_to_header()
    {
        var to = Header("To", Evaluators);
        var findings = Run(Rules,
            Header("From", "採購科 <buy@gov.taipei>"),
            to,
            Header("Subject", "「113年度資訊系統維護案」評選會議出席意願調查"),
            new TextSegment("各位委員好：本案訂於113年6月3日召開評選會議……", SegmentSources.EmailBody, "body"));

        var finding = Assert.Single(findings);
        Assert.Equal(FindingTypes.RecipientExposure, finding.Type);
        Assert.Same(to, finding.Segment);
        Assert.Equal("4 位外部收件者（To/Cc）", finding.Masked);
        Assert.Equal("lin.cc@ntu.edu.tw,yachi@nccu.edu.tw,meihui.chen@gmail.com,hsu@mail.ncku.edu.tw", finding.Value);
    }

    [Fact]
    public void To_and_cc_count_together_and_each_address_once()
    {
        var findings = Run(Rules,
            Header("To", "林志成 <lin.cc@ntu.edu.tw>, 黃雅琪 <yachi@nccu.edu.tw>"),
            Header("Cc", "陳美惠 <meihui.chen@gmail.com>, LIN.CC@NTU.EDU.TW"));
        Assert.Equal("3 位外部收件者（To/Cc）", Assert.Single(findings).Masked);
    }

    [Fact]
    public void Messages_inside_containers_are_counted_each_on_its_own()
    {
        var findings = Run(Rules,
            Header("To", Evaluators, "附件.zip!/邀請.eml!/"),
            Header("To", "林志成 <lin.cc@ntu.edu.tw>, 黃雅琪 <yachi@nccu.edu.tw>", "附件.zip!/回覆.eml!/"),
            Header("Cc", "陳美惠 <meihui.chen@gmail.com>", "附件.zip!/回覆.eml!/"));
        Assert.Equal(["附件.zip!/邀請.eml!/To", "附件.zip!/回覆.eml!/To"], findings.Select(f => f.Segment.Path));
    }

    [Fact]
    public void The_finding_sits_at_to_even_when_the_outsiders_are_in_cc_and_at_cc_without_to()
    {
        var to = Header("To", "採購科 <buy@gov.taipei>");
        Assert.Same(to, Assert.Single(Run(Rules, to, Header("Cc", Evaluators))).Segment);

        var cc = Header("Cc", Evaluators);
        Assert.Same(cc, Assert.Single(Run(Rules, cc)).Segment);
    }

    [Fact]
    public void The_same_people_in_bcc_are_fine()
    {
        Assert.Empty(Run(Rules,
            Header("To", "採購科 <buy@gov.taipei>"),
            Header("Bcc", Evaluators)));
    }

    [Fact]
    public void Agency_addresses_and_subdomains_are_not_external()
    {
        Assert.Empty(Run(Rules,
            Header("To", "王小明 <wang@gov.taipei>, 李大華 <lee@dof.gov.taipei>, 陳美惠 <chen@mail.gov.taipei>"),
            Header("Cc", "林志成 <lin.cc@ntu.edu.tw>, 黃雅琪 <yachi@nccu.edu.tw>")));
    }

    [Fact]
    public void The_threshold_comes_from_the_rules()
    {
        var strict = Rules with { Types = new Dictionary<string, TypeRules> { ["recipient-exposure"] = new() { Threshold = 5 } } };
        Assert.Empty(Run(strict, Header("To", Evaluators)));
        var loose = Rules with { Types = new Dictionary<string, TypeRules> { ["recipient-exposure"] = new() { Threshold = 2 } } };
        Assert.Single(Run(loose, Header("To", "林志成 <lin.cc@ntu.edu.tw>, 黃雅琪 <yachi@nccu.edu.tw>")));
    }

    [Fact]
    public void Headers_outside_e_mail_and_other_fields_are_not_read()
    {
        Assert.Empty(Run(Rules,
            new TextSegment(Evaluators, SegmentSources.Body, "To"),
            Header("Reply-To", Evaluators),
            Header("From", Evaluators)));
    }

    [Fact]
    public void Without_agency_domains_every_address_is_external()
    {
        Assert.Single(Run(ScanRules.Default, Header("To", "a@gov.taipei, b@gov.taipei, c@gov.taipei")));
    }

    [Fact]
    public void Exposure_asks_for_separate_drafts()
    {
        var findings = Run(Rules, Header("To", Evaluators));
        var (verdict, reasons) = VerdictPolicy.Decide(findings, [], Rules);
        Assert.Equal(Verdict.DualDraft, verdict);
        Assert.Contains("分旨分文", Assert.Single(reasons).Message);
    }
}
