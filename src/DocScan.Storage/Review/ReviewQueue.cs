using System.Globalization;
using Azure;

namespace DocScan.Storage.Review;

/// <summary>
/// What reviewers and auditors read of the documents waiting in <c>review/</c>: the queue, each (masked) report with its
/// findings in context, and the drafts proposed for release.
/// </summary>
public sealed class ReviewQueue(PendingDocuments documents, AgencyRulesProvider rules)
{
    private readonly FindingRescanner _rescanner = new(rules);

    /// <summary>
    /// The documents waiting for a decision, oldest scan first, so that nothing waits forever at the back of the queue.
    /// Blob listings come in name order (folder, then a hash), so the whole queue is read and sorted here; the
    /// continuation token is the position in that order.
    /// </summary>
    public async Task<PendingPage> ListPendingAsync(ReviewCaller caller, PendingQuery query, CancellationToken cancellationToken)
    {
        ReviewAccess.Require(caller, ReviewRoles.Reviewer, ReviewRoles.Auditor);
        var offset = 0;
        if (query.ContinuationToken is { } token && !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            throw new ReviewRefusedException(ReviewRefusal.Invalid, "分頁標記無效，請從第一頁重新列出。");
        }

        var prefix = string.IsNullOrEmpty(query.Folder) ? null : query.Folder.Trim('/') + "/";
        var waiting = new List<PendingDocument>();
        await foreach (var document in documents.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            if ((query.Verdict is null || document.Verdict == query.Verdict)
                && (query.ScannedFrom is null || document.ScannedAt >= query.ScannedFrom)
                && (query.ScannedTo is null || document.ScannedAt < query.ScannedTo))
            {
                waiting.Add(document);
            }
        }

        var size = Math.Clamp(query.PageSize, 1, 500);
        var page = waiting.OrderBy(d => d.ScannedAt ?? DateTimeOffset.MaxValue).ThenBy(d => d.Id, StringComparer.Ordinal).Skip(offset).Take(size).ToList();
        var next = offset + size < waiting.Count ? (offset + size).ToString(CultureInfo.InvariantCulture) : null;
        return new PendingPage(page, next, waiting.Count);
    }

    /// <summary>
    /// The stored report (masked values only, like every stored report) with each finding's masked context,
    /// read again from the document's copy; without a copy (rejected, released) the snippets are null.
    /// </summary>
    public async Task<ReviewReport> GetReportAsync(ReviewCaller caller, string documentId, CancellationToken cancellationToken)
    {
        ReviewAccess.Require(caller, ReviewRoles.Reviewer, ReviewRoles.Auditor);
        var report = (await documents.ReadAsync(documentId, cancellationToken).ConfigureAwait(false)).Report;
        if (report.Scan.Findings.Count == 0
            || await documents.RoutedContentAsync(report, cancellationToken).ConfigureAwait(false) is not { } content)
        {
            return new ReviewReport(report, report.Scan.Findings.Select(_ => (string?)null).ToList());
        }

        var rescan = await _rescanner.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var scan = await rescan.ScanAsync(content, report, cancellationToken).ConfigureAwait(false);
        return new ReviewReport(report, FindingSnippets.For(report.Scan.Findings, scan.Findings, rescan.Scanner.MaskValues));
    }

    /// <summary>The drafts proposed for release (not the internal ones) of a document waiting for review, for reviewers and auditors to look at.</summary>
    public async Task<IReadOnlyList<ProposedDraft>> ListDraftsAsync(ReviewCaller caller, string documentId, CancellationToken cancellationToken)
    {
        ReviewAccess.Require(caller, ReviewRoles.Reviewer, ReviewRoles.Auditor);
        var (report, _, metadata) = await documents.ReadAsync(documentId, cancellationToken).ConfigureAwait(false);
        var copy = documents.Copy(report, metadata);
        var prefix = PendingDocuments.Folder(copy.Name) + PendingDocuments.ReleaseDrafts;
        var drafts = new List<ProposedDraft>();
        await foreach (var item in documents.DraftItemsAsync(copy, PendingDocuments.ReleaseDrafts, cancellationToken).ConfigureAwait(false))
        {
            drafts.Add(new ProposedDraft(item.Name[prefix.Length..], item.Properties.ContentLength ?? 0));
        }

        return drafts;
    }

    /// <summary>One proposed release draft's content, by the name <see cref="ListDraftsAsync"/> gave.</summary>
    public async Task<BinaryData> ReadDraftAsync(ReviewCaller caller, string documentId, string draftName, CancellationToken cancellationToken)
    {
        ReviewAccess.Require(caller, ReviewRoles.Reviewer, ReviewRoles.Auditor);
        var (report, _, metadata) = await documents.ReadAsync(documentId, cancellationToken).ConfigureAwait(false);
        if (draftName.Length == 0 || draftName.Contains('/') || draftName.Contains('\\'))
        {
            throw new ReviewRefusedException(ReviewRefusal.NotFound, "找不到這份草稿。");
        }

        try
        {
            return (await documents.Container(documents.Containers.Review)
                .GetBlobClient(PendingDocuments.Folder(documents.Copy(report, metadata).Name) + PendingDocuments.ReleaseDrafts + draftName)
                .DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new ReviewRefusedException(ReviewRefusal.NotFound, "找不到這份草稿。");
        }
    }
}
