using DocScan.Core.Documents;
using DocScan.Evaluation;

namespace DocScan.Evaluation.Tests;

/// <summary>The scoring rules of docs/evaluation.md on hand-made reports, with exact counts.</summary>
public sealed class ScoringTests
{
    private static DocumentLabels Labels(string verdict, LabelledFinding[] findings, params LookAlike[] lookAlikes) =>
        new() { Verdict = verdict, Findings = findings, LookAlikes = lookAlikes };

    private static ActualFinding Found(string type, string value, FindingRole? role = null) => new(type, value, ValueMatching.Mask(value), role);

    [Fact]
    public void Counts_true_and_false_positives_and_misses_per_type()
    {
        var result = new EvalResult();
        result.Add("a.txt", Labels("redact",
            [new("national-id", "A166131861"), new("national-id", "H259083019"), new("phone", "0912-345-678")]),
            new ActualReport("redact", [
                Found("national-id", "A166131861"),
                Found("national-id", "A166131861"), // the same value twice counts once
                Found("national-id", "F152601819"), // not labelled: a false positive
                Found("phone", "0912345678"),
            ], []));

        var ids = result.Types["national-id"];
        Assert.Equal((2, 2, 1, 1, 1), (ids.Labels, ids.Found, ids.TruePositives, ids.FalsePositives, ids.FalseNegatives));
        Assert.Equal(0.5, ids.Recall);
        Assert.Equal(0.5, ids.Precision);
        Assert.Equal(2.0 / 3, result.Recall!.Value, 6);
        Assert.Equal(2.0 / 3, result.Precision!.Value, 6);
        Assert.Equal(1.0, result.VerdictAccuracy);
    }

    [Fact]
    public void Official_values_are_scored_apart_until_the_report_says_they_are_private()
    {
        LabelledFinding[] labels = [new("phone", "(02)2720-8889", FindingRole.Official), new("address", "臺北市信義區市府路1號", FindingRole.Official)];
        var withoutRole = new EvalResult();
        withoutRole.Add("letter.docx", Labels("release", labels), new ActualReport("redact", [Found("phone", "0227208889"), Found("address", "臺北市信義區市府路1號")], []));
        Assert.Equal(0, withoutRole.Found);
        Assert.Equal(2, withoutRole.WithoutRole);
        Assert.Equal(0.0, withoutRole.StrictPrecision);
        Assert.Equal(1, withoutRole.RoleTypes[(FindingRole.Official, "phone")].Found);
        Assert.Equal(0, withoutRole.RoleTypes[(FindingRole.Official, "phone")].RoleCorrect);
        Assert.Equal(0.0, withoutRole.VerdictAccuracy);
        Assert.Equal(1, withoutRole.Confusion[0, 1]);

        var withRoles = new EvalResult();
        withRoles.Add("letter.docx", Labels("release", labels), new ActualReport("release", [Found("phone", "0227208889", FindingRole.Private), Found("address", "臺北市信義區市府路1號", FindingRole.Official)], []));
        Assert.Equal(1, withRoles.Types["phone"].FalsePositives);
        Assert.Equal(1, withRoles.RoleTypes[(FindingRole.Official, "phone")].ReportedPrivate);
        Assert.Equal(1, withRoles.RoleTypes[(FindingRole.Official, "address")].RoleCorrect);
        Assert.Equal(0, withRoles.WithoutRole);
    }

    [Fact]
    public void A_private_label_is_missed_when_the_report_calls_it_official()
    {
        var result = new EvalResult();
        result.Add("reply.docx", Labels("redact", [new("person-name", "陳志明")]), new ActualReport("release", [Found("person-name", "陳志明", FindingRole.Official)], []));
        Assert.Equal(0.0, result.PersonNameRecall);
        Assert.Equal(0, result.Found);
    }

    [Theory]
    [InlineData("birth-date", "058/06/05", "1969-06-05", true)]
    [InlineData("birth-date", "民國58年6月5日", "1969-06-05", true)]
    [InlineData("birth-date", "58.06.05", "1969-06-06", false)]
    [InlineData("phone", "(04)2228-9111 分機31520", "0422289111", true)]
    [InlineData("national-id", "Ａ１６６１３１８６１", "A166131861", true)]
    [InlineData("land-parcel", "0123-0000", "大安段一小段0123-0000地號", true)]
    [InlineData("address", "台北市大安區和平東路二段70號", "臺北市大安區和平東路二段70號3樓", true)]
    [InlineData("person-name", "陳志明", "陳志", true)]
    [InlineData("person-name", "陳志明", "陳", false)]
    [InlineData("national-id", "A166131861", "A166", false)]
    [InlineData("email", "Ab@Gov.tw", "ab@gov.tw", true)]
    public void Values_match_after_normalisation_and_by_the_overlap_rule(string type, string labelled, string found, bool matches) =>
        Assert.Equal(matches, ValueMatching.Matches(type, ValueMatching.Normalize(type, labelled), ValueMatching.Normalize(type, found)));

    [Fact]
    public void A_look_alike_covered_by_a_finding_is_flagged_and_counts_as_a_false_positive()
    {
        var result = new EvalResult();
        result.Add("ruling.pdf", Labels("release", [], new LookAlike("王○明", "person-name"), new LookAlike("連絡")),
            new ActualReport("redact", [Found("person-name", "王○明"), Found("evaluator-name", "連絡人")], []));
        Assert.Equal(2, result.LookAlikesFlagged);
        Assert.Equal(2, result.FalsePositives);
    }

    [Fact]
    public void Thresholds_name_what_is_not_met()
    {
        var result = new EvalResult();
        result.Add("a.txt", Labels("redact", [new("national-id", "A166131861"), new("person-name", "陳志明")]), new ActualReport("redact", [Found("national-id", "A166131861")], []));
        Assert.Empty(new EvalThresholds(MinRecall: 0.5, MinVerdictAccuracy: 1).Failures(result));
        var failures = new EvalThresholds(MinRecall: 0.9, MinNameRecall: 0.85, MaxLookAlikes: 0).Failures(result);
        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("recall 0.500", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("person-name recall 0.000", StringComparison.Ordinal));
    }
}
