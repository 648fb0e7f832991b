using DocScan.Core.Policy;
using DocScan.Core.Rules;

namespace DocScan.Core.Detection;

/// <summary>
/// Everything the product says about one finding type: its id, how a clerk reads it, the verdict it forces
/// and why, and the detector that finds it. <see cref="FindingCatalogue"/> holds the shipped ones; a rules
/// file may declare more (found only by its own patterns).
/// </summary>
/// <param name="Id">Stable id in reports and rules files, e.g. <c>national-id</c>.</param>
/// <param name="Label">The type's name for a clerk, e.g. 身分證統一編號.</param>
/// <param name="Verdict">The verdict a finding of this type forces unless the rules file's <c>policy</c> overrides it.</param>
/// <param name="ReasonCode">Groups types into one reason of the report, e.g. <c>personal-data</c>.</param>
/// <param name="Basis">The law or countermeasure the reason cites.</param>
public sealed record FindingTypeDefinition(string Id, string Label, Verdict Verdict, string ReasonCode, IReadOnlyList<string> Basis)
{
    /// <summary>Builds the shipped detector that reads each piece of text for this type; null where none does.</summary>
    internal Func<ScanRules, IDetector>? TextDetector { get; init; }

    /// <summary>Builds the shipped detector that reads the document as a whole for this type; null where none does.</summary>
    internal Func<ScanRules, IDocumentDetector>? DocumentDetector { get; init; }
}
