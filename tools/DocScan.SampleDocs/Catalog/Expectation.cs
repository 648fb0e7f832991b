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
    /// Issue 2's policy: any problem means a person must look; a real ID means redaction; an already
    /// masked ID on its own is no leak.
    /// </summary>
    public string Verdict =>
        _problems.Count > 0 ? "review"
        : _findings.Any(f => f.Type is FindingTypes.NationalId or FindingTypes.ResidentId) ? "redact"
        : "release";

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

public static class FindingTypes
{
    public const string NationalId = "national-id";
    public const string ResidentId = "resident-id";
    public const string MaskedNationalId = "masked-national-id";
}
