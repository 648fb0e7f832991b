using System.Reflection;
using System.Text.RegularExpressions;
using DocScan.Core.Detection;
using DocScan.Core.Policy;
using DocScan.Core.Rules;
using DocScan.Core.Tests.Support;
using DocScan.Tests.Shared;

namespace DocScan.Core.Tests.Detection;

/// <summary>The catalogue is the one definition of each finding type; what is written elsewhere by hand must agree with it.</summary>
public partial class FindingCatalogueTests
{
    [Fact]
    public void Every_type_id_constant_has_exactly_one_definition()
    {
        var constants = typeof(FindingTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);
        CatalogueAgreement.AssertListsEveryType("FindingTypes' constants", constants);
        CatalogueAgreement.AssertListsEveryType("FindingCatalogue.All", FindingCatalogue.All.Select(d => d.Id));
    }

    public static TheoryData<string> Types => [.. FindingCatalogue.All.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_type_has_one_shipped_detector_that_reports_that_type(string type)
    {
        var definition = FindingCatalogue.For(type);
        var reported = new[] { definition.TextDetector?.Invoke(ScanRules.Default).FindingType, definition.DocumentDetector?.Invoke(ScanRules.Default).FindingType }
            .OfType<string>()
            .ToList();

        Assert.Equal([type], reported);
        Assert.False(string.IsNullOrWhiteSpace(definition.Label));
        Assert.True(definition.Verdict == Verdict.Release || definition.Basis.Count > 0, $"{type} forces {definition.Verdict} without citing a basis");
    }

    [Fact]
    public void The_registry_runs_the_catalogue_s_detectors_in_its_order()
    {
        var set = DetectorRegistry.Create(ScanRules.Default);

        Assert.Equal(FindingCatalogue.All.Where(d => d.TextDetector is not null).Select(d => d.Id), set.TextDetectors.Select(d => d.FindingType));
        Assert.Equal(FindingCatalogue.All.Where(d => d.DocumentDetector is not null).Select(d => d.Id), set.DocumentDetectors.Select(d => d.FindingType));
    }

    [Fact]
    public void The_readme_table_lists_every_type_once_with_its_verdict()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));
        var section = readme[readme.IndexOf("## What it finds", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var rows = section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        var listed = rows.SelectMany(row => TypeInRow().Matches(row.Split('|')[1]).Select(m => (Id: m.Groups["id"].Value, Verdict: row.Split('|')[3].Trim()))).ToList();

        CatalogueAgreement.AssertListsEveryType("README.md's table under ## What it finds", listed.Select(t => t.Id));
        foreach (var (id, verdict) in listed)
        {
            var expected = ReadmeVerdict(FindingCatalogue.For(id).Verdict);
            Assert.True(expected == verdict, $"README.md's table says {id} is '{verdict}': make it '{expected}' as FindingCatalogue says, or move {id} to a row that says so.");
        }
    }

    // The README's words for a verdict: a released type is only listed for the reviewer.
    private static string ReadmeVerdict(Verdict verdict) => verdict switch
    {
        Verdict.Release => "listed only",
        Verdict.DualDraft => "dual-draft",
        _ => verdict.ToString().ToLowerInvariant(),
    };

    [GeneratedRegex("`(?<id>[a-z-]+)`")]
    private static partial Regex TypeInRow();
}
