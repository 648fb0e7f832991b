using DocScan.Core.Detection;
using DocScan.Core.Policy;

namespace DocScan.Core.Rules;

/// <summary>
/// A finding type the agency declares itself, found only by its own patterns: e.g. 社福個案編號 (a social welfare
/// case number, personal data in every letter about the case).
/// </summary>
public sealed record CustomTypeRules
{
    /// <summary>The reason code a declared type's findings are reported under.</summary>
    public const string ReasonCode = "agency-rules";

    /// <summary>Stable id in reports, in the shipped ids' style: lower case words joined by dashes.</summary>
    public string Id { get; init; } = "";

    /// <summary>The type's name for a clerk, e.g. 社福個案編號.</summary>
    public string Label { get; init; } = "";

    public Verdict Verdict { get; init; } = Verdict.Redact;

    /// <summary>The law or countermeasure the reason cites, e.g. 個人資料保護法第2條.</summary>
    public IReadOnlyList<string> Basis { get; init; } = [];

    public IReadOnlyList<PatternRule> Patterns { get; init; } = [];

    /// <summary>The type's definition, as the catalogue gives the shipped ones.</summary>
    public FindingTypeDefinition ToDefinition() => new(Id, Label, Verdict, ReasonCode, Basis);
}
