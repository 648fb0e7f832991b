using DocScan.Core.Extraction;

namespace DocScan.SampleDocs.Catalog;

/// <summary>What a scan of one document must report: its problems and its findings, and the verdict they imply.</summary>
public sealed class Expectation
{
    private readonly List<string> _problems = [];
    private readonly List<ExpectedFinding> _findings = [];

    public IReadOnlyList<string> Problems => _problems;

    public IReadOnlyList<ExpectedFinding> Findings => _findings;

    /// <summary>
    /// DESIGN.md's precedence, over private findings only, block &gt; review &gt; dual-draft &gt; redact &gt; release: the strongest of
    /// what each finding type calls for, and review for any problem (fail closed).
    /// </summary>
    public string Verdict
    {
        get
        {
            // Official and organisation data is listed but decides nothing (DESIGN.md "role").
            var strongest = _findings.Where(f => f.Role is null).Select(f => FindingVerdicts.Rank(FindingVerdicts.Of(f.Type))).DefaultIfEmpty(0).Max();
            if (_problems.Count > 0)
            {
                strongest = Math.Max(strongest, FindingVerdicts.Rank(FindingVerdicts.Review));
            }

            return FindingVerdicts.Ordered[strongest];
        }
    }

    public static Expectation Clean() => new();

    public static Expectation WithProblem(string code) => new Expectation().AddProblem(code);

    public Expectation AddProblem(string code)
    {
        if (typeof(ProblemCodes).GetFields().All(f => (string?)f.GetValue(null) != code))
        {
            throw new ArgumentException($"Unknown problem code {code}.", nameof(code));
        }

        _problems.Add(code);
        return this;
    }

    internal void AddFinding(ExpectedFinding finding) => _findings.Add(finding);
}
