using DocScan.Core.Detection;
using DocScan.Core.Policy;
using DocScan.Core.Rules;

namespace DocScan.Core.Tests.Detection;

public class DetectorGroupBRegistrationTests
{
    public static TheoryData<string, Verdict> Types => new()
    {
        { FindingTypes.LandParcel, Verdict.Release },
        { FindingTypes.BuildingNumber, Verdict.Release },
        { FindingTypes.PersonName, Verdict.Redact },
        { FindingTypes.CriminalRecord, Verdict.Redact },
        { FindingTypes.HealthRecord, Verdict.Redact },
        { FindingTypes.EvaluatorName, Verdict.DualDraft },
        { FindingTypes.RecipientExposure, Verdict.DualDraft },
        { FindingTypes.ClassificationMarking, Verdict.Block },
        { FindingTypes.Macro, Verdict.Block },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_type_is_registered_and_has_its_verdict(string type, Verdict verdict)
    {
        var set = DetectorRegistry.Create(ScanRules.Default);
        Assert.Contains(type, set.TextDetectors.Select(d => d.FindingType).Concat(set.DocumentDetectors.Select(d => d.FindingType)));
        Assert.Equal(verdict, FindingCatalogue.For(type).Verdict);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_type_can_be_switched_off(string type, Verdict _)
    {
        var rules = new ScanRules { Types = new Dictionary<string, TypeRules> { [type] = new() { Enabled = false } } };
        var set = DetectorRegistry.Create(rules);
        Assert.DoesNotContain(type, set.TextDetectors.Select(d => d.FindingType).Concat(set.DocumentDetectors.Select(d => d.FindingType)));
    }

    [Fact]
    public void Sensitive_records_cite_article_6()
    {
        Assert.Contains("個人資料保護法第6條", FindingCatalogue.For(FindingTypes.CriminalRecord).Basis);
        Assert.Contains("個人資料保護法第6條", FindingCatalogue.For(FindingTypes.HealthRecord).Basis);
    }
}
