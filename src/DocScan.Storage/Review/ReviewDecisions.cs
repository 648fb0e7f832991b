using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DocScan.Storage.Audit;

namespace DocScan.Storage.Review;

/// <summary>
/// A reviewer's decision on a document waiting in <c>review/</c>. Every decision is claimed on the report first (one
/// decision per document, whoever comes second is refused), then written to the audit log, then carried out, so nothing
/// moves unaudited.
/// </summary>
public sealed class ReviewDecisions(PendingDocuments documents, AuditLog audit, TimeProvider time)
{
    private const string DecidedBy = "docscan_decided_by";
    private const string DecidedAt = "docscan_decided_at";
    private const int MaxReasonForUploader = 400;

    private ContainerNames Containers => documents.Containers;

    public async Task<DecisionOutcome> DecideAsync(ReviewCaller caller, string documentId, ReviewDecision decision, string? reason,
        CancellationToken cancellationToken)
    {
        ReviewAccess.Require(caller, ReviewRoles.Reviewer);
        // Releasing what the scan flagged, or sending it back, must say why; approving the proposed draft may.
        if (decision is ReviewDecision.ReleaseAsIs or ReviewDecision.Reject && string.IsNullOrWhiteSpace(reason))
        {
            throw new ReviewRefusedException(ReviewRefusal.ReasonRequired, "原樣發出或退回都必須寫明理由。");
        }

        var (report, reportETag, metadata) = await documents.ReadAsync(documentId, cancellationToken).ConfigureAwait(false);
        var copy = documents.Copy(report, metadata);
        var drafts = decision is ReviewDecision.ApproveRedacted or ReviewDecision.ApproveDualDraft
            ? await DraftsAsync(copy, decision, cancellationToken).ConfigureAwait(false)
            : [];

        await ClaimAsync(documentId, decision, decision == ReviewDecision.Reject ? reason : null, caller, metadata, reportETag, cancellationToken)
            .ConfigureAwait(false);
        var entry = await audit.AppendAsync(new AuditAction(caller.Name, ReviewRoles.Reviewer, ActionName(decision), documentId,
            report.Scan.Document.Sha256, reason?.Trim()), cancellationToken).ConfigureAwait(false);

        var released = new List<string>();
        switch (decision)
        {
            case ReviewDecision.ReleaseAsIs:
                released.Add(await MoveAsync(copy, Containers.Released, copy.Name, decision, caller, cancellationToken).ConfigureAwait(false));
                await ArchiveDraftsAsync(copy, documentId, decision, caller, cancellationToken).ConfigureAwait(false);
                break;
            case ReviewDecision.Reject:
                // The uploader makes a new version; proposals for this one, internal ones included, go with it.
                await foreach (var draft in documents.DraftBlobsAsync(copy, PendingDocuments.AllDrafts, cancellationToken).ConfigureAwait(false))
                {
                    await draft.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false);
                }

                await copy.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            default:
                foreach (var draft in drafts)
                {
                    // released/{folder}/{id}/{draft file}: beside where the original would have gone.
                    var name = PendingDocuments.Folder(copy.Name) + draft.Name[(draft.Name.LastIndexOf('/') + 1)..];
                    released.Add(await MoveAsync(draft, Containers.Released, name, decision, caller, cancellationToken).ConfigureAwait(false));
                }

                await ArchiveDraftsAsync(copy, documentId, decision, caller, cancellationToken).ConfigureAwait(false);
                await copy.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
        }

        return new DecisionOutcome(documentId, decision, released, entry);
    }

    private async Task<List<BlobClient>> DraftsAsync(BlobClient copy, ReviewDecision decision, CancellationToken cancellationToken)
    {
        var drafts = new List<BlobClient>();
        // Only the release drafts leave; the internal full draft and the evaluator code map are archived with the report.
        await foreach (var draft in documents.DraftBlobsAsync(copy, PendingDocuments.ReleaseDrafts, cancellationToken).ConfigureAwait(false))
        {
            drafts.Add(draft);
        }

        if (drafts.Count == 0)
        {
            throw new ReviewRefusedException(ReviewRefusal.Invalid,
                decision == ReviewDecision.ApproveDualDraft ? "這份文件沒有分稿草稿可核准。" : "這份文件沒有遮蔽稿可核准。");
        }

        return drafts;
    }

    /// <summary>One decision per document: the report's metadata records it, written only over the version we read.</summary>
    private async Task ClaimAsync(string documentId, ReviewDecision decision, string? reasonForUploader, ReviewCaller caller,
        IDictionary<string, string> metadata, ETag etag, CancellationToken cancellationToken)
    {
        var claimed = new Dictionary<string, string>(metadata)
        {
            [BlobKeys.Decision] = ActionName(decision),
            [DecidedBy] = BlobKeys.Escape(caller.Name),
            [DecidedAt] = time.GetUtcNow().ToString("O"),
        };
        if (reasonForUploader is not null)
        {
            // Metadata is limited to 8 KB in all; the audit log keeps the whole reason.
            var reason = reasonForUploader.Trim();
            claimed[BlobKeys.DecisionReason] = BlobKeys.Escape(reason.Length > MaxReasonForUploader ? reason[..MaxReasonForUploader] + "…" : reason);
        }

        try
        {
            await documents.ReportBlob(documentId)
                .SetMetadataAsync(claimed, new BlobRequestConditions { IfMatch = etag }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            throw new ReviewRefusedException(ReviewRefusal.AlreadyDecided, "另一位審核人員剛對這份文件作了決定。");
        }
    }

    /// <summary>
    /// A decided document leaves nothing in review/: what its drafts folder still holds (the internal full draft, the
    /// evaluator code map, the draft summary, drafts not used) is kept with its report, as <c>reports/{id}/drafts/…</c>.
    /// </summary>
    private async Task ArchiveDraftsAsync(BlobClient copy, string documentId, ReviewDecision decision, ReviewCaller caller,
        CancellationToken cancellationToken)
    {
        var drafts = PendingDocuments.Folder(copy.Name) + PendingDocuments.AllDrafts;
        await foreach (var draft in documents.DraftBlobsAsync(copy, PendingDocuments.AllDrafts, cancellationToken).ConfigureAwait(false))
        {
            await MoveAsync(draft, Containers.Reports, $"{documentId}/{PendingDocuments.AllDrafts}{draft.Name[drafts.Length..]}", decision, caller,
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Copies a blob from review/ to <paramref name="container"/> under <paramref name="name"/> with its tags, then removes it from review/.</summary>
    private async Task<string> MoveAsync(BlobClient source, string container, string name, ReviewDecision decision, ReviewCaller caller,
        CancellationToken cancellationToken)
    {
        var properties = (await source.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        var tags = (await source.GetTagsAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value.Tags;
        var metadata = new Dictionary<string, string>(properties.Metadata)
        {
            [BlobKeys.Decision] = ActionName(decision),
            [DecidedBy] = BlobKeys.Escape(caller.Name),
        };
        var target = documents.Container(container).GetBlobClient(name);
        await using (var content = await source.OpenReadAsync(
                         new BlobOpenReadOptions(allowModifications: false) { Conditions = new BlobRequestConditions { IfMatch = properties.ETag } },
                         cancellationToken).ConfigureAwait(false))
        {
            await target.UploadAsync(content, new BlobUploadOptions
            {
                Metadata = metadata,
                Tags = tags,
                HttpHeaders = new BlobHttpHeaders { ContentType = properties.ContentType },
            }, cancellationToken).ConfigureAwait(false);
        }

        await source.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false);
        return $"{container}/{name}";
    }

    private static string ActionName(ReviewDecision decision) => decision switch
    {
        ReviewDecision.ApproveRedacted => AuditActions.ApproveRedacted,
        ReviewDecision.ApproveDualDraft => AuditActions.ApproveDualDraft,
        ReviewDecision.ReleaseAsIs => AuditActions.ReleaseAsIs,
        _ => AuditActions.Reject,
    };
}
