using DocScan.Core.Documents;
using DocScan.Core.Reporting;

namespace DocScan.Evaluation;

/// <summary>One reported finding as the scorer sees it: the raw value, held in memory only.</summary>
/// <param name="Role">The report's role, or null while detection reports none.</param>
public sealed record ActualFinding(string Type, string Value, string Masked, FindingRole? Role);

/// <summary>What a scan said about one document.</summary>
public sealed record ActualReport(string Verdict, IReadOnlyList<ActualFinding> Findings, IReadOnlyList<string> Problems)
{
    /// <summary>Reads a report made with values (<c>IncludeValues</c>).</summary>
    public static ActualReport From(ScanReport report) => new(
        ReportJson.VerdictId(report.Verdict),
        report.Findings.Select(f => new ActualFinding(f.Type, f.Value ?? "", f.Masked, f.Role)).ToList(),
        report.Problems.Select(p => p.Code).ToList());
}

/// <summary>Counts for one finding type. Private: labels, distinct values found, and how they match.</summary>
public sealed class TypeScore(string type)
{
    public string Type { get; } = type;

    public int Labels { get; set; }

    public int Found { get; set; }

    /// <summary>Labels matched by a finding.</summary>
    public int TruePositives { get; set; }

    /// <summary>Labels no finding matched.</summary>
    public int FalseNegatives => Labels - TruePositives;

    /// <summary>Distinct findings that match no label (look-alikes flagged among them).</summary>
    public int FalsePositives { get; set; }

    public double? Recall => Labels == 0 ? null : (double)TruePositives / Labels;

    public double? Precision => Found == 0 ? null : (double)(Found - FalsePositives) / Found;
}

/// <summary>Official and organisation labels of one type and role: how many a scan listed, and with the right role.</summary>
public sealed class RoleScore(string type, FindingRole role)
{
    public string Type { get; } = type;

    public FindingRole Role { get; } = role;

    public int Labels { get; set; }

    public int Found { get; set; }

    public int RoleCorrect { get; set; }

    /// <summary>Found but reported as a private person's data.</summary>
    public int ReportedPrivate { get; set; }
}

/// <summary>A document's result: its verdicts and what was missed, extra or wrongly flagged (masked only).</summary>
public sealed record DocumentScore(
    string Name,
    string? Kind,
    string ExpectedVerdict,
    string ActualVerdict,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Extra,
    IReadOnlyList<string> LookAlikesFlagged,
    IReadOnlyList<string> Problems)
{
    /// <summary>Official and organisation labels a finding matched: listed values that must not, by themselves, hold the document back.</summary>
    public int RoleValuesFound { get; init; }

    /// <summary>The document's private labels (found and missed).</summary>
    public int PrivateLabels { get; init; }

    public bool VerdictCorrect => ExpectedVerdict == ActualVerdict;

    /// <summary>How bad the document is, for the worst-documents list: a wrong verdict outweighs a few values.</summary>
    public int Badness => (VerdictCorrect ? 0 : 10) + Missed.Count + Extra.Count + 2 * LookAlikesFlagged.Count;
}

/// <summary>The scores of a whole labelled folder.</summary>
public sealed class EvalResult
{
    public SortedDictionary<string, TypeScore> Types { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<(FindingRole Role, string Type), RoleScore> RoleTypes { get; } = new();

    public List<DocumentScore> Documents { get; } = [];

    public List<string> Unlabelled { get; } = [];

    /// <summary>[expected, actual] counts over <see cref="Verdicts.Ordered"/>.</summary>
    public int[,] Confusion { get; } = new int[Verdicts.Ordered.Length, Verdicts.Ordered.Length];

    public int Labels => Types.Values.Sum(t => t.Labels);

    public int Found => Types.Values.Sum(t => t.Found);

    public int TruePositives => Types.Values.Sum(t => t.TruePositives);

    public int FalsePositives => Types.Values.Sum(t => t.FalsePositives);

    public double? Recall => Labels == 0 ? null : (double)TruePositives / Labels;

    public double? Precision => Found == 0 ? null : (double)(Found - FalsePositives) / Found;

    public double? PersonNameRecall => Types.TryGetValue("person-name", out var names) ? names.Recall : null;

    public double? VerdictAccuracy => Documents.Count == 0 ? null : (double)Documents.Count(d => d.VerdictCorrect) / Documents.Count;

    public int LookAlikesFlagged => Documents.Sum(d => d.LookAlikesFlagged.Count);

    public int LookAlikes { get; set; }

    /// <summary>Distinct findings that match only official/organisation labels and carry no role: until the scanner reports roles, they are what holds letters back.</summary>
    public int WithoutRole { get; private set; }

    /// <summary>Precision if <see cref="WithoutRole"/> findings counted as false positives: what a reviewer sees today.</summary>
    public double? StrictPrecision => Found + WithoutRole == 0 ? null : (double)(Found - FalsePositives) / (Found + WithoutRole);

    public TypeScore Type(string type) => Types.TryGetValue(type, out var score) ? score : Types[type] = new TypeScore(type);

    private RoleScore Role(FindingRole role, string type) =>
        RoleTypes.TryGetValue((role, type), out var score) ? score : RoleTypes[(role, type)] = new RoleScore(type, role);

    /// <summary>
    /// Scores one document (docs/evaluation.md, "Scoring"). Findings count once per distinct (type,
    /// normalised value). A private label is found when a finding of its type matches it and is not
    /// reported as official or organisation data. A finding matching only official/organisation labels
    /// is scored in <see cref="RoleTypes"/>, not as a private false positive, unless it is reported as
    /// private. A finding matching no label is a false positive unless the report calls it official or
    /// organisation data. A look-alike covered by any finding is flagged.
    /// </summary>
    public DocumentScore Add(string name, DocumentLabels labels, ActualReport actual)
    {
        var expected = labels.Findings
            .Select(l => (Label: l, Normal: ValueMatching.Normalize(l.Type, l.Value)))
            .DistinctBy(l => (l.Label.Type, l.Normal, l.Label.Role))
            .ToList();
        var found = actual.Findings
            .Where(f => f.Value.Length > 0)
            .GroupBy(f => (f.Type, Normal: ValueMatching.Normalize(f.Type, f.Value)))
            .Select(g => (g.Key.Type, g.Key.Normal, g.First().Masked, Role: g.Select(f => f.Role).FirstOrDefault(r => r is not null)))
            .ToList();

        var satisfied = new HashSet<int>();
        var roleFound = new Dictionary<int, FindingRole?>();
        var extra = new List<string>();
        var flagged = new List<string>();
        foreach (var finding in found)
        {
            var matching = expected.Select((l, i) => (l.Label, l.Normal, Index: i))
                .Where(l => l.Label.Type == finding.Type && ValueMatching.Matches(finding.Type, l.Normal, finding.Normal))
                .ToList();
            var reportedPublic = finding.Role is FindingRole.Official or FindingRole.Organisation;
            var privateMatches = matching.Where(l => l.Label.Role == FindingRole.Private).ToList();
            var roleMatches = matching.Where(l => l.Label.Role != FindingRole.Private).ToList();
            foreach (var label in roleMatches)
            {
                roleFound[label.Index] = roleFound.TryGetValue(label.Index, out var earlier) && earlier == label.Label.Role ? earlier : finding.Role;
            }

            if (roleMatches.Count > 0 && privateMatches.Count == 0 && finding.Role is null)
            {
                WithoutRole++;
            }

            var typeScore = Type(finding.Type);
            if (privateMatches.Count > 0 && !reportedPublic)
            {
                typeScore.Found++;
                satisfied.UnionWith(privateMatches.Select(l => l.Index));
            }
            else if (matching.Count == 0 && !reportedPublic || roleMatches.Count > 0 && privateMatches.Count == 0 && finding.Role == FindingRole.Private)
            {
                typeScore.Found++;
                typeScore.FalsePositives++;
                extra.Add($"{finding.Type}:{finding.Masked}");
            }

            if (matching.Count == 0 && labels.LookAlikes.Any(a => ValueMatching.Covers(a.Value, finding.Type, finding.Normal)))
            {
                flagged.Add($"{finding.Type}:{finding.Masked}");
            }
        }

        var missed = new List<string>();
        for (var i = 0; i < expected.Count; i++)
        {
            var (label, _) = expected[i];
            if (label.Role == FindingRole.Private)
            {
                var score = Type(label.Type);
                score.Labels++;
                if (satisfied.Contains(i))
                {
                    score.TruePositives++;
                }
                else
                {
                    missed.Add($"{label.Type}:{ValueMatching.Mask(label.Value)}");
                }

                continue;
            }

            var role = Role(label.Role, label.Type);
            role.Labels++;
            if (roleFound.TryGetValue(i, out var reported))
            {
                role.Found++;
                role.RoleCorrect += reported == label.Role ? 1 : 0;
                role.ReportedPrivate += reported == FindingRole.Private ? 1 : 0;
            }
        }

        LookAlikes += labels.LookAlikes.Count;
        var document = new DocumentScore(name, labels.Kind, labels.Verdict, actual.Verdict, missed, extra, flagged, actual.Problems)
        {
            RoleValuesFound = roleFound.Count,
            PrivateLabels = expected.Count(l => l.Label.Role == FindingRole.Private),
        };
        Documents.Add(document);
        var row = Array.IndexOf(Verdicts.Ordered, labels.Verdict);
        var column = Array.IndexOf(Verdicts.Ordered, actual.Verdict);
        if (row >= 0 && column >= 0)
        {
            Confusion[row, column]++;
        }

        return document;
    }
}
