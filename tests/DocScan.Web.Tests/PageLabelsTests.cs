using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocScan.Core.Extraction;
using DocScan.Core.Detection;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Tests.Shared;

namespace DocScan.Web.Tests;

/// <summary>The page says what the rest of the product says: its labels (wwwroot/labels.js) and places (location.js) are Core's, word for word.</summary>
public sealed partial class PageLabelsTests
{
    private static readonly string Script = File.ReadAllText(
        Path.Combine(AzuriteFixture.RepositoryRoot(), "src", "DocScan.Web", "wwwroot", "labels.js"));

    // location.js run once on every case, each location as the page receives it in a report's JSON.
    private static readonly Lazy<Task<Dictionary<string, string>>> PageLocationWords = new(async () =>
    {
        var output = await PageModule.RunAsync("""
            import { locationLabel } from './location.js';
            const cases = JSON.parse(process.argv[2]);
            console.log(JSON.stringify(Object.fromEntries(Object.entries(cases).map(([key, location]) => [key, locationLabel(location)]))));
            """, ["labels.js", "location.js"], JsonSerializer.Serialize(LocationCases.ByWords, ReportJson.Options));
        return JsonSerializer.Deserialize<Dictionary<string, string>>(output)!;
    });

    [Fact]
    public void Verdicts_read_as_in_the_reports()
    {
        var labels = Table("verdictLabels");
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            Assert.Equal(Labels.Of(verdict), labels[ReportJson.VerdictId(verdict)]);
        }

        Assert.Equal(Enum.GetValues<Verdict>().Length, labels.Count);
    }

    [Fact]
    public async Task A_finding_of_a_rules_file_type_reads_by_the_label_its_report_carries()
    {
        var location = new FindingLocation(SegmentSources.Body, "word/document.xml", null, 12, 14);
        ReportFinding[] findings =
        [
            new() { Type = "social-welfare-case", Label = "社福個案編號", Masked = "SW-2025-******", Location = location, Detector = "rules-pattern" },
            new() { Type = FindingTypes.Phone, Masked = "02-2345-****", Location = location, Detector = "tw-phone" },
        ];

        var output = await PageModule.RunAsync("""
            import { findingLabel } from './labels.js';
            console.log(JSON.stringify(JSON.parse(process.argv[2]).map(findingLabel)));
            """, ["labels.js"], JsonSerializer.Serialize(findings, ReportJson.Options));

        var onPage = JsonSerializer.Deserialize<string[]>(output)!;
        Assert.Equal(["社福個案編號", "電話號碼"], onPage);
        Assert.Equal(findings.Select(Labels.OfFinding), onPage);
    }

    [Fact]
    public void Finding_types_read_as_in_the_catalogue()
    {
        var labels = Table("findingTypeLabels");
        CatalogueAgreement.AssertListsEveryType("src/DocScan.Web/wwwroot/labels.js findingTypeLabels", labels.Keys);
        foreach (var type in FindingCatalogue.All)
        {
            Assert.True(type.Label == labels[type.Id],
                $"src/DocScan.Web/wwwroot/labels.js findingTypeLabels['{type.Id}'] is '{labels[type.Id]}': make it '{type.Label}' as in FindingCatalogue.");
        }
    }

    [Fact]
    public void Finding_roles_read_as_in_the_reports()
    {
        var labels = Table("findingRoleLabels");
        foreach (var role in Enum.GetValues<DocScan.Core.Documents.FindingRole>())
        {
            Assert.Equal(Labels.Of(role), labels[ReportJson.RoleId(role)]);
        }

        Assert.Equal(Enum.GetValues<DocScan.Core.Documents.FindingRole>().Length, labels.Count);
    }

    [Fact]
    public void Sources_and_problems_read_as_in_the_reports()
    {
        var sources = Table("sourceLabels");
        // Where Core has no words for an id it shows the id, and so does the page.
        foreach (var source in Constants(typeof(SegmentSources)))
        {
            Assert.Equal(Labels.OfSource(source), sources.GetValueOrDefault(source, source));
        }

        var problems = Table("problemLabels");
        foreach (var code in Constants(typeof(ProblemCodes)))
        {
            Assert.Equal(Labels.OfProblem(code), problems.GetValueOrDefault(code, code));
        }
    }

    [Theory]
    [MemberData(nameof(LocationCases.Words), MemberType = typeof(LocationCases))]
    public async Task Locations_read_as_in_the_reports(string words)
    {
        Assert.Equal(words, LocationWords.Of(LocationCases.ByWords[words]));
        Assert.Equal(words, (await PageLocationWords.Value)[words]);
    }

    private static IEnumerable<string> Constants(Type type) => type
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!);

    /// <summary>One <c>export const NAME = { id: 'label', 'some-id': 'label' }</c> table of labels.js.</summary>
    private static Dictionary<string, string> Table(string name)
    {
        var block = Regex.Match(Script, $@"export const {name} = \{{(?<body>[^}}]*)\}};");
        Assert.True(block.Success, $"labels.js has no table {name}");
        return Entry().Matches(block.Groups["body"].Value).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["label"].Value);
    }

    [GeneratedRegex(@"'?(?<id>[a-z0-9-]+)'?:\s*'(?<label>[^']*)'")]
    private static partial Regex Entry();
}
