using DocScan.Core.Documents;
using DocScan.Evaluation;
using DocScan.SampleDocs.Catalog;

namespace DocScan.EvalCorpus;

/// <summary>
/// Records, as a value is written into a document, what a correct scan must say about it: each method
/// returns the text to print. IDs and company numbers are checked before they are labelled.
/// </summary>
public sealed class Labeller
{
    private readonly List<LabelledFinding> _findings = [];
    private readonly List<LookAlike> _lookAlikes = [];

    public IReadOnlyList<LabelledFinding> Findings => _findings;

    /// <summary>A private person's data: it makes the document need redaction (or a dual draft).</summary>
    public string Private(string type, string value) => Add(type, value, FindingRole.Private);

    /// <summary>The agency's own data or an official acting in role: listed, never a reason to hold the document.</summary>
    public string Official(string type, string value) => Add(type, value, FindingRole.Official);

    /// <summary>A company's or institution's data.</summary>
    public string Organisation(string type, string value) => Add(type, value, FindingRole.Organisation);

    /// <summary>Text that must not be reported as anything.</summary>
    public string Like(string value, string? type = null, string? note = null)
    {
        _lookAlikes.Add(new LookAlike(value, type, note));
        return value;
    }

    /// <summary>The labels; the verdict is the strongest one the private labels call for (FindingVerdicts, the shipped policy as the sample generator states it).</summary>
    public DocumentLabels Build(string kind)
    {
        var strongest = _findings.Where(f => f.Role == FindingRole.Private)
            .Select(f => FindingVerdicts.Rank(FindingVerdicts.Of(f.Type)))
            .DefaultIfEmpty(0).Max();
        return new DocumentLabels
        {
            Verdict = FindingVerdicts.Ordered[strongest],
            Kind = kind,
            Findings = _findings.DistinctBy(f => (f.Type, f.Value, f.Role)).ToList(),
            LookAlikes = _lookAlikes.DistinctBy(l => l.Value).ToList(),
        };
    }

    private string Add(string type, string value, FindingRole role)
    {
        if (type is "national-id" or "resident-id" && IdChecksum.Classify(value) != type)
        {
            throw new InvalidOperationException($"{value} is no valid {type}.");
        }

        if (type == "ubn" && !NumberChecks.IsUbn(value))
        {
            throw new InvalidOperationException($"{value} fails the 統一編號 checksum.");
        }

        _findings.Add(new LabelledFinding(type, value, role));
        return value;
    }
}
