using DocScan.Core.Policy;
using DocScan.Core.Reporting;

namespace DocScan.Redaction;

/// <summary>What became of a document's drafts.</summary>
public enum DraftStatus
{
    /// <summary>Drafts were written and passed the self-check: a reviewer may approve them.</summary>
    Offered,

    /// <summary>The document may be released as it is (verdict release): nothing to redact.</summary>
    NotNeeded,

    /// <summary>The document is not drafted at all: it could not be scanned completely (review) or must not leave (block).</summary>
    Refused,

    /// <summary>A draft was attempted but is not offered: it could not be redacted safely, or the self-check found something left. A person must redact it.</summary>
    Review,
}

/// <summary>Who may see a file of a draft package.</summary>
public enum DraftAudience
{
    /// <summary>May be sent once a reviewer approves it.</summary>
    Release,

    /// <summary>Kept by the agency, access-restricted: the full draft and the evaluator code map.</summary>
    Internal,

    /// <summary>The draft summary: what was done, what survived. Holds masked values only.</summary>
    Report,
}

/// <param name="Path">Relative path under the package's folder, e.g. <c>release/簽呈.redacted.docx</c>.</param>
/// <param name="Kind">redacted, release, recipient, full, evaluator-codes or summary.</param>
public sealed record DraftFile(string Path, DraftAudience Audience, string Kind, byte[] Content);

/// <summary>A finding the self-check found in a draft that should have had none.</summary>
/// <param name="File">The draft it was found in (relative path).</param>
public sealed record DraftSurvivor(string File, ReportFinding Finding);

/// <summary>The drafts of one document and how they came about.</summary>
public sealed record DraftResult
{
    /// <summary>The scan of the original document.</summary>
    public required ScanReport Source { get; init; }

    public required DraftStatus Status { get; init; }

    /// <summary>The draft files (only when offered), then the summary (always).</summary>
    public required IReadOnlyList<DraftFile> Files { get; init; }

    /// <summary>What the writers did, for the reviewer (comments removed, tracked changes accepted, pages rewritten).</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Why no draft is offered; empty when one is.</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    /// <summary>What the self-check found left in the drafts (masked values only).</summary>
    public required IReadOnlyList<DraftSurvivor> Survivors { get; init; }

    public Verdict Verdict => Source.Verdict;
}
