using DocScan.Core.Ocr;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DocScan.Core.Detection;
using DocScan.Core.Reporting;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Storage.Audit;

namespace DocScan.Storage.Review;

/// <summary>
/// What reviewers do with the documents waiting in <c>review/</c>: list them, read their (masked) reports,
/// and decide. Every decision is claimed on the report first (one decision per document, whoever comes
/// second is refused), then written to the audit log, then carried out, so nothing moves unaudited.
/// Roles are checked here, not in the hosts: reviewers decide, auditors only read.
/// </summary>
public sealed class ReviewService(BlobServiceClient service, DocScanStorageOptions options, AuditLog audit, AgencyRulesProvider? rules = null,
    TimeProvider? time = null)
{
    public const string DraftsFolder = "drafts";

    // Below a pending copy's folder: every draft proposed for it, and those proposed for release.
    private const string AllDrafts = DraftsFolder + "/";
    private const string ReleaseDrafts = AllDrafts + "release/";
    private const string Decision = BlobKeys.Decision;
    private const string DecidedBy = "docscan_decided_by";
    private const string DecidedAt = "docscan_decided_at";
    private const int MaxReasonForUploader = 400;

    private readonly ReportStore _reports = new(service, options.Containers);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly AgencyRulesProvider _rules = rules ?? new AgencyRulesProvider(ScanRules.Default, new AllowListStore(service, options.Containers), time);
    private readonly PerRules<Rescanner> _rescanners = new(current => new Rescanner(current));
    private Rescanner? _fileOnly;

    private ContainerNames Containers => options.Containers;

    /// <summary>
    /// The documents waiting for a decision, oldest scan first, so that nothing waits forever at the back of the queue.
    /// Blob listings come in name order (folder, then a hash), so the whole queue is read and sorted here; the
    /// continuation token is the position in that order.
    /// </summary>
    public async Task<PendingPage> ListPendingAsync(ReviewCaller caller, PendingQuery query, CancellationToken cancellationToken)
    {
        Require(caller, ReviewRoles.Reviewer, ReviewRoles.Auditor);
        var offset = 0;
        if (query.ContinuationToken is { } token
            && !int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out offset))
        {
            throw new ReviewRefusedException(ReviewRefusal.Invalid, "分頁標記無效，請從第一頁重新列出。");
        }

        var prefix = string.IsNullOrEmpty(query.Folder) ? null : query.Folder.Trim('/') + "/";
        var waiting = new List<PendingDocument>();
        await foreach (var item in service.GetBlobContainerClient(Containers.Review)
                           .GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = prefix }, cancellationToken).ConfigureAwait(false))
        {
            if (Pending(item) is { } document
                && (query.Verdict is null || document.Verdict == query.Verdict)
                && (query.ScannedFrom is null || document.ScannedAt >= query.ScannedFrom)
                && (query.ScannedTo is null || document.ScannedAt < query.ScannedTo))
            {
                waiting.Add(document);
            }
        }

        var size = Math.Clamp(query.PageSize, 1, 500);
        var page = waiting.OrderBy(d => d.ScannedAt ?? DateTimeOffset.MaxValue).ThenBy(d => d.Id, StringComparer.Ordinal).Skip(offset).Take(size).ToList();
        var next = offset + size < waiting.Count ? (offset + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return new PendingPage(page, next, waiting.Count);
    }

    /// <summary>
    /// The stored report (masked values only, like every stored report) with each finding's masked context,
    /// read again from the document's copy; without a copy (rejected, released) the snippets are null.
    /// </summary>
    public async Task<ReviewReport> GetReportAsync(ReviewCaller caller, string documentId, CancellationToken cancellationToken)
    {
        Require(caller, ReviewRoles.Reviewer, ReviewRoles.Auditor);
        var report = (await ReadAsync(documentId, cancellationToken).ConfigureAwait(false)).Report;
        var route = report.RoutedTo ?? "";
        var slash = route.IndexOf('/');
        if (report.Scan.Findings.Count == 0 || slash < 0)
        {
            return new ReviewReport(report, report.Scan.Findings.Select(_ => (string?)null).ToList());
        }

        BinaryData content;
        try
        {
            content = (await service.GetBlobContainerClient(route[..slash]).GetBlobClient(route[(slash + 1)..])
                .DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return new ReviewReport(report, report.Scan.Findings.Select(_ => (string?)null).ToList());
        }

        var rescanner = await RescannerAsync(cancellationToken).ConfigureAwait(false);
        var scan = await rescanner.Scanner.ScanWithFindingsAsync(content.ToMemory(), report.Scan.Document.Name, cancellationToken).ConfigureAwait(false);
        return new ReviewReport(report, FindingSnippets.For(report.Scan.Findings, scan.Findings, rescanner.Masker.MaskValues));
    }

    public async Task<DecisionOutcome> DecideAsync(ReviewCaller caller, string documentId, ReviewDecision decision, string? reason,
        CancellationToken cancellationToken)
    {
        Require(caller, ReviewRoles.Reviewer);
        // Releasing what the scan flagged, or sending it back, must say why; approving the proposed draft may.
        if (decision is ReviewDecision.ReleaseAsIs or ReviewDecision.Reject && string.IsNullOrWhiteSpace(reason))
        {
            throw new ReviewRefusedException(ReviewRefusal.ReasonRequired, "原樣發出或退回都必須寫明理由。");
        }

        var (report, reportETag, metadata) = await ReadAsync(documentId, cancellationToken).ConfigureAwait(false);
        var copy = PendingCopy(report, metadata);
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
                await foreach (var draft in DraftBlobsAsync(copy, AllDrafts, cancellationToken).ConfigureAwait(false))
                {
                    await draft.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false);
                }

                await copy.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            default:
                foreach (var draft in drafts)
                {
                    // released/{folder}/{id}/{draft file}: beside where the original would have gone.
                    var name = Folder(copy.Name) + draft.Name[(draft.Name.LastIndexOf('/') + 1)..];
                    released.Add(await MoveAsync(draft, Containers.Released, name, decision, caller, cancellationToken).ConfigureAwait(false));
                }

                await ArchiveDraftsAsync(copy, documentId, decision, caller, cancellationToken).ConfigureAwait(false);
                await copy.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
        }

        return new DecisionOutcome(documentId, decision, released, entry);
    }

    /// <summary>
    /// Records that the reviewer judged one finding (counted from 0) a false positive; the document stays pending. With
    /// <paramref name="addToAllowList"/> the value is also allowed from now on: read again from the document's copy (the same
    /// finding at the same place), audited as <see cref="AuditActions.AllowListAdd"/>, then added to the allow-list store as
    /// its digest, so later scans no longer report it.
    /// </summary>
    public async Task<AuditEntry> MarkFalsePositiveAsync(ReviewCaller caller, string documentId, int findingIndex, string? reason, bool addToAllowList,
        CancellationToken cancellationToken)
    {
        var (report, copy, finding) = await PendingFindingAsync(caller, documentId, findingIndex, reason, "標記誤判必須寫明理由。", cancellationToken)
            .ConfigureAwait(false);
        if (!addToAllowList)
        {
            return await AuditFindingAsync(caller, AuditActions.FalsePositive, report, findingIndex, finding, reason!, cancellationToken).ConfigureAwait(false);
        }

        if (NeverAllowed.Contains(finding.Type))
        {
            throw new ReviewRefusedException(ReviewRefusal.Invalid,
                $"{finding.Type} 類的發現不能加入允許清單（機密等級標示、巨集、收件者名單與評選委員名冊由規則檔管理），請只標記誤判。");
        }

        // Read with the rules file alone: a value another reviewer allowed since this report is still found, and not added twice.
        var value = await ValueAsync(FileRescanner, copy, report, finding,
            "重新讀取文件時找不到這項發現（規則可能已更新），無法加入允許清單。", cancellationToken).ConfigureAwait(false);
        // Audited first: should writing the entry fail, the log shows an attempt, never an unaudited allowance.
        var entry = await AuditFindingAsync(caller, AuditActions.AllowListAdd, report, findingIndex, finding, reason!, cancellationToken)
            .ConfigureAwait(false);
        await _rules.AllowAsync(new AllowListEntry(ScanRules.AllowHash(value), finding.Type, finding.Masked, caller.Name, entry.Time,
            reason!.Trim(), documentId), cancellationToken).ConfigureAwait(false);
        return entry;
    }

    /// <summary>
    /// The unmasked value of one finding (counted from 0), read again from the document waiting in review/.
    /// Like a query in the seed's cases: a stated reason, and an audit entry before the value is handed out.
    /// </summary>
    public async Task<RevealedValue> RevealAsync(ReviewCaller caller, string documentId, int findingIndex, string? reason,
        CancellationToken cancellationToken)
    {
        var (report, copy, finding) = await PendingFindingAsync(caller, documentId, findingIndex, reason, "檢視未遮蔽的資料必須寫明理由。",
            cancellationToken).ConfigureAwait(false);
        var value = await ValueAsync(await RescannerAsync(cancellationToken).ConfigureAwait(false), copy, report, finding,
            "重新讀取文件時找不到這項發現（規則可能已更新），無法顯示原值。", cancellationToken).ConfigureAwait(false);
        var entry = await AuditFindingAsync(caller, AuditActions.Reveal, report, findingIndex, finding, reason!, cancellationToken).ConfigureAwait(false);
        return new RevealedValue(findingIndex, finding.Type, finding.Masked, value, entry);
    }

    /// <summary>The raw value of a reported finding, read again from the document's copy: the same finding at the same place.</summary>
    private static async Task<string> ValueAsync(Rescanner rescanner, BlobClient copy, StoredReport report, ReportFinding finding, string notFound,
        CancellationToken cancellationToken)
    {
        var content = (await copy.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
        var rescanned = await rescanner.Scanner.ScanAsync(content.ToMemory(), report.Scan.Document.Name, cancellationToken).ConfigureAwait(false);
        // Other rules since the report may not find it again.
        return rescanned.Findings.FirstOrDefault(f => f.Type == finding.Type && f.Masked == finding.Masked && f.Location.SamePlace(finding.Location))?.Value
            ?? throw new ReviewRefusedException(ReviewRefusal.Invalid, notFound);
    }

    private async Task<Rescanner> RescannerAsync(CancellationToken cancellationToken) =>
        _rescanners.For(await _rules.GetRulesAsync(cancellationToken).ConfigureAwait(false));

    private Rescanner FileRescanner => _fileOnly ??= new Rescanner(_rules.FileRules);

    /// <summary>
    /// The one scanner that keeps raw values (used only to answer an audited act on one finding, or to build masked snippets),
    /// and the masker, for one set of rules.
    /// </summary>
    private sealed class Rescanner(ScanRules rules)
    {
        public DocumentScanner Scanner { get; } = new(new ScanOptions { Rules = rules, IncludeValues = true, Ocr = OcrSetup.Default() });

        public FindingDetector Masker { get; } = FindingDetector.Create(rules);
    }

    // Not values a reviewer can wave through: they are the rules file's to change.
    private static readonly HashSet<string> NeverAllowed =
        [FindingTypes.ClassificationMarking, FindingTypes.Macro, FindingTypes.RecipientExposure, FindingTypes.EvaluatorName];

    /// <summary>A reviewer's act on one finding of a pending document: the role, a reason and a finding that exists.</summary>
    private async Task<(StoredReport Report, BlobClient Copy, ReportFinding Finding)> PendingFindingAsync(ReviewCaller caller, string documentId,
        int findingIndex, string? reason, string reasonRequired, CancellationToken cancellationToken)
    {
        Require(caller, ReviewRoles.Reviewer);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ReviewRefusedException(ReviewRefusal.ReasonRequired, reasonRequired);
        }

        var (report, _, metadata) = await ReadAsync(documentId, cancellationToken).ConfigureAwait(false);
        var copy = PendingCopy(report, metadata);
        if (findingIndex < 0 || findingIndex >= report.Scan.Findings.Count)
        {
            throw new ReviewRefusedException(ReviewRefusal.Invalid, $"報告中沒有第 {findingIndex + 1} 項發現。");
        }

        return (report, copy, report.Scan.Findings[findingIndex]);
    }

    /// <summary>The entry names the finding by number, type and masked value, never by its raw value.</summary>
    private Task<AuditEntry> AuditFindingAsync(ReviewCaller caller, string action, StoredReport report, int findingIndex, ReportFinding finding,
        string reason, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditAction(caller.Name, ReviewRoles.Reviewer, action, report.Id, report.Scan.Document.Sha256,
            $"#{findingIndex + 1} {finding.Type} {finding.Masked}: {reason.Trim()}"), cancellationToken);

    private static void Require(ReviewCaller caller, params string[] roles)
    {
        if (string.IsNullOrWhiteSpace(caller.Name) || !roles.Any(caller.Has))
        {
            throw new ReviewRefusedException(ReviewRefusal.Forbidden, $"此操作需要角色：{string.Join("／", roles)}。");
        }
    }

    private async Task<(StoredReport Report, ETag ETag, IDictionary<string, string> Metadata)> ReadAsync(string documentId, CancellationToken cancellationToken)
    {
        if (!DocumentIds.IsValid(documentId))
        {
            throw new ReviewRefusedException(ReviewRefusal.NotFound, "找不到這份文件。");
        }

        try
        {
            var blob = service.GetBlobContainerClient(Containers.Reports).GetBlobClient(documentId + ".json");
            var content = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
            return (StoredReport.Parse(content.Content.ToString()), content.Details.ETag, content.Details.Metadata);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new ReviewRefusedException(ReviewRefusal.NotFound, "找不到這份文件。");
        }
    }

    /// <summary>The document's copy in review/, if it is still waiting for a decision.</summary>
    private BlobClient PendingCopy(StoredReport report, IDictionary<string, string> metadata)
    {
        var prefix = Containers.Review + "/";
        if (metadata.ContainsKey(Decision) || report.RoutedTo is not { } route || !route.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new ReviewRefusedException(ReviewRefusal.AlreadyDecided, "這份文件已有決定，或不需人工審核。");
        }

        return service.GetBlobContainerClient(Containers.Review).GetBlobClient(route[prefix.Length..]);
    }

    /// <summary>The drafts proposed for release (not the internal ones) of a document waiting for review, for reviewers and auditors to look at.</summary>
    public async Task<IReadOnlyList<ProposedDraft>> ListDraftsAsync(ReviewCaller caller, string documentId, CancellationToken cancellationToken)
    {
        Require(caller, ReviewRoles.Reviewer, ReviewRoles.Auditor);
        var (report, _, metadata) = await ReadAsync(documentId, cancellationToken).ConfigureAwait(false);
        var drafts = new List<ProposedDraft>();
        var prefix = Folder(PendingCopy(report, metadata).Name) + ReleaseDrafts;
        await foreach (var item in DraftItemsAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            drafts.Add(new ProposedDraft(item.Name[prefix.Length..], item.Properties.ContentLength ?? 0));
        }

        return drafts;
    }

    /// <summary>One proposed release draft's content, by the name <see cref="ListDraftsAsync"/> gave.</summary>
    public async Task<BinaryData> ReadDraftAsync(ReviewCaller caller, string documentId, string draftName, CancellationToken cancellationToken)
    {
        Require(caller, ReviewRoles.Reviewer, ReviewRoles.Auditor);
        var (report, _, metadata) = await ReadAsync(documentId, cancellationToken).ConfigureAwait(false);
        if (draftName.Length == 0 || draftName.Contains('/') || draftName.Contains('\\'))
        {
            throw new ReviewRefusedException(ReviewRefusal.NotFound, "找不到這份草稿。");
        }

        try
        {
            return (await service.GetBlobContainerClient(Containers.Review).GetBlobClient(Folder(PendingCopy(report, metadata).Name) + ReleaseDrafts + draftName)
                .DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new ReviewRefusedException(ReviewRefusal.NotFound, "找不到這份草稿。");
        }
    }

    private async Task<List<BlobClient>> DraftsAsync(BlobClient copy, ReviewDecision decision, CancellationToken cancellationToken)
    {
        var drafts = new List<BlobClient>();
        // Only the release drafts leave; the internal full draft and the evaluator code map are archived with the report.
        await foreach (var draft in DraftBlobsAsync(copy, ReleaseDrafts, cancellationToken).ConfigureAwait(false))
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

    // The drafts in one of a pending copy's draft folders (AllDrafts or ReleaseDrafts).
    private async IAsyncEnumerable<BlobClient> DraftBlobsAsync(BlobClient copy, string draftFolder,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var container = service.GetBlobContainerClient(Containers.Review);
        await foreach (var item in DraftItemsAsync(Folder(copy.Name) + draftFolder, cancellationToken).ConfigureAwait(false))
        {
            yield return container.GetBlobClient(item.Name);
        }
    }

    private IAsyncEnumerable<BlobItem> DraftItemsAsync(string prefix, CancellationToken cancellationToken) =>
        service.GetBlobContainerClient(Containers.Review).GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken);

    /// <summary>One decision per document: the report's metadata records it, written only over the version we read.</summary>
    private async Task ClaimAsync(string documentId, ReviewDecision decision, string? reasonForUploader, ReviewCaller caller,
        IDictionary<string, string> metadata, ETag etag, CancellationToken cancellationToken)
    {
        var claimed = new Dictionary<string, string>(metadata)
        {
            [Decision] = ActionName(decision),
            [DecidedBy] = BlobKeys.Escape(caller.Name),
            [DecidedAt] = _time.GetUtcNow().ToString("O"),
        };
        if (reasonForUploader is not null)
        {
            // Metadata is limited to 8 KB in all; the audit log keeps the whole reason.
            var reason = reasonForUploader.Trim();
            claimed[BlobKeys.DecisionReason] = BlobKeys.Escape(reason.Length > MaxReasonForUploader ? reason[..MaxReasonForUploader] + "…" : reason);
        }

        try
        {
            await service.GetBlobContainerClient(Containers.Reports).GetBlobClient(documentId + ".json")
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
        var drafts = Folder(copy.Name) + AllDrafts;
        await foreach (var draft in DraftBlobsAsync(copy, AllDrafts, cancellationToken).ConfigureAwait(false))
        {
            await MoveAsync(draft, Containers.Reports, $"{documentId}/{AllDrafts}{draft.Name[drafts.Length..]}", decision, caller, cancellationToken)
                .ConfigureAwait(false);
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
            [Decision] = ActionName(decision),
            [DecidedBy] = BlobKeys.Escape(caller.Name),
        };
        var target = service.GetBlobContainerClient(container).GetBlobClient(name);
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

    private static PendingDocument? Pending(BlobItem item)
    {
        var metadata = item.Metadata;
        // Drafts live beside the copy; only copies (with the id the router wrote) are documents.
        if (metadata is null || !metadata.TryGetValue(BlobKeys.Id, out var id) || DraftStore.IsDraft(item.Name))
        {
            return null;
        }

        var folderEnd = item.Name.IndexOf("/" + id + "/", StringComparison.Ordinal);
        return new PendingDocument(id, item.Name, folderEnd < 0 ? "" : item.Name[..folderEnd],
            metadata.TryGetValue(BlobKeys.Verdict, out var verdict) ? verdict : "",
            metadata.TryGetValue(BlobKeys.ScannedAt, out var scanned) && DateTimeOffset.TryParse(scanned, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.RoundtripKind, out var at) ? at : null,
            metadata.TryGetValue(BlobKeys.Uploader, out var uploader) ? BlobKeys.Unescape(uploader) : null);
    }

    /// <summary>The copy's folder with the trailing slash: <c>{folder}/{id}/</c>.</summary>
    private static string Folder(string copyName) => copyName[..(copyName.LastIndexOf('/') + 1)];

    private static string ActionName(ReviewDecision decision) => decision switch
    {
        ReviewDecision.ApproveRedacted => AuditActions.ApproveRedacted,
        ReviewDecision.ApproveDualDraft => AuditActions.ApproveDualDraft,
        ReviewDecision.ReleaseAsIs => AuditActions.ReleaseAsIs,
        _ => AuditActions.Reject,
    };
}
