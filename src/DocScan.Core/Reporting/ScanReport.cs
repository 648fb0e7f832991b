using DocScan.Core.Documents;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;

namespace DocScan.Core.Reporting;

/// <summary>One report per document, in the schema of DESIGN.md. Holds raw values only when asked to.</summary>
public sealed record ScanReport
{
    public int SchemaVersion { get; init; } = 1;

    public required DocumentInfo Document { get; init; }

    public required Verdict Verdict { get; init; }

    public required IReadOnlyList<Reason> Reasons { get; init; }

    public required IReadOnlyList<ReportFinding> Findings { get; init; }

    public required IReadOnlyList<ScanProblem> Problems { get; init; }

    public required string RulesVersion { get; init; }
}

public sealed record DocumentInfo(string Name, string Format, string Sha256, long Bytes);

/// <param name="Code">Stable id of the reason, e.g. <c>personal-data</c>.</param>
/// <param name="Message">What to do and why, for the clerk (Traditional Chinese).</param>
/// <param name="Basis">The laws or countermeasures it rests on.</param>
public sealed record Reason(string Code, string Message, IReadOnlyList<string> Basis);

public sealed record ReportFinding
{
    public required string Type { get; init; }

    /// <summary>The label of a type the rules file declares (<c>custom</c>), as the file gives it; null for shipped types, which <see cref="Labels"/> names.</summary>
    public string? Label { get; init; }

    public required string Masked { get; init; }

    /// <summary>The normalized value; null (and absent from JSON) unless values were asked for.</summary>
    public string? Value { get; init; }

    public required FindingLocation Location { get; init; }

    public bool Hidden { get; init; }

    /// <summary>Whose the value is: only <c>private</c> findings drive the verdict (reports stored before roles read as private).</summary>
    public FindingRole Role { get; init; }

    public double Confidence { get; init; }

    public required string Detector { get; init; }
}

/// <param name="Start">Offset in the original text of the segment at <paramref name="Path"/>.</param>
/// <param name="Length">Length in original characters.</param>
/// <param name="Cell">The table cell (counted from 0) when the finding is in one; it says which cell
/// where the path names only the part (<c>word/document.xml</c>).</param>
public sealed record FindingLocation(string Source, string Path, int? Page, int Start, int Length, CellPosition? Cell = null)
{
    /// <summary>
    /// The same text at the same offsets. The cell only follows from the segment, and reports stored
    /// before it was reported have none.
    /// </summary>
    public bool SamePlace(FindingLocation other) => this with { Cell = null } == other with { Cell = null };
}
