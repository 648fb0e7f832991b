namespace DocScan.Storage.Review;

/// <summary>Filters of the queue; a page holds at most <see cref="PageSize"/> documents (fewer when filters drop some).</summary>
public sealed record PendingQuery(
    string? Verdict = null,
    string? Folder = null,
    DateTimeOffset? ScannedFrom = null,
    DateTimeOffset? ScannedTo = null,
    int PageSize = 50,
    string? ContinuationToken = null);

/// <param name="Name">The copy's name in the review container (values masked): <c>{folder}/{id}/{file}</c>.</param>
public sealed record PendingDocument(string Id, string Name, string Folder, string Verdict, DateTimeOffset? ScannedAt, string? Uploader);

public sealed record PendingPage(IReadOnlyList<PendingDocument> Documents, string? ContinuationToken);

public enum ReviewDecision
{
    ApproveRedacted,
    ApproveDualDraft,
    ReleaseAsIs,
    Reject,
}

/// <summary>What a decision did: the blobs it put in released/ (<c>container/name</c>; none for a rejection) and the audit entry that records it.</summary>
public sealed record DecisionOutcome(string DocumentId, ReviewDecision Decision, IReadOnlyList<string> Released, Audit.AuditEntry Audit);

/// <summary>An unmasked value handed to a reviewer, with the audit entry that recorded why.</summary>
public sealed record RevealedValue(int FindingIndex, string Type, string Masked, string Value, Audit.AuditEntry Audit);

/// <summary>A stored report for a reviewer, with one masked context snippet per finding (same order; null where none could be made).</summary>
public sealed record ReviewReport(StoredReport Report, IReadOnlyList<string?> Snippets);
