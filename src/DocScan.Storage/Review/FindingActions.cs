using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DocScan.Core.Detection;
using DocScan.Core.Documents;
using DocScan.Core.Reporting;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Storage.Audit;

namespace DocScan.Storage.Review;

/// <summary>
/// A reviewer's acts on one finding of a pending document, each with a stated reason and an audit entry: see its raw
/// value, judge it a false positive, allow the value from now on, or mask an official or organisation value anyway. The
/// document stays pending.
/// </summary>
public sealed class FindingActions(PendingDocuments documents, AuditLog audit, AgencyRulesProvider rules)
{
    // Not values a reviewer can wave through: they are the rules file's to change.
    private static readonly HashSet<string> NeverAllowed =
        [FindingTypes.ClassificationMarking, FindingTypes.Macro, FindingTypes.RecipientExposure, FindingTypes.EvaluatorName];

    // The report's metadata: the findings (numbers from 0, comma-separated) reviewers chose to mask anyway.
    private const string MaskedAnyway = "docscan_mask_anyway";

    private readonly FindingRescanner _rescanner = new(rules);

    /// <summary>
    /// 仍要遮蔽: the reviewer asks that an official or organisation finding (counted from 0), listed but left as printed, be
    /// masked too. Audited first, recorded on the report (with the earlier choices), then the proposed drafts are made again
    /// from the document's copy with every chosen finding masked, and self-checked like the first ones.
    /// </summary>
    public async Task<AuditEntry> MaskAnywayAsync(ReviewCaller caller, string documentId, int findingIndex, string? reason,
        CancellationToken cancellationToken)
    {
        var (report, copy, finding) = await PendingFindingAsync(caller, documentId, findingIndex, reason, "仍要遮蔽必須寫明理由。", cancellationToken)
            .ConfigureAwait(false);
        if (finding.Role is not (FindingRole.Official or FindingRole.Organisation))
        {
            throw new ReviewRefusedException(ReviewRefusal.Invalid, "個人資料本來就會在遮蔽稿中遮蔽；「仍要遮蔽」只用於機關或組織的資料。");
        }

        var (_, etag, metadata) = await documents.ReadAsync(documentId, cancellationToken).ConfigureAwait(false);
        var chosen = Chosen(metadata);
        chosen.Add(findingIndex);
        var entry = await AuditFindingAsync(caller, AuditActions.MaskAnyway, report, findingIndex, finding, reason!, cancellationToken)
            .ConfigureAwait(false);
        var recorded = new Dictionary<string, string>(metadata) { [MaskedAnyway] = string.Join(',', chosen.Order()) };
        try
        {
            await documents.ReportBlob(documentId).SetMetadataAsync(recorded, new BlobRequestConditions { IfMatch = etag }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            throw new ReviewRefusedException(ReviewRefusal.AlreadyDecided, "另一位審核人員剛處理了這份文件，請重新載入後再試。");
        }

        await RedraftAsync(report, copy, chosen, cancellationToken).ConfigureAwait(false);
        return entry;
    }

    private static HashSet<int> Chosen(IDictionary<string, string> metadata) =>
        metadata.TryGetValue(MaskedAnyway, out var list)
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToHashSet()
            : [];

    // The drafts again, from the copy: the chosen findings are found again at the same place, then masked whoever they belong to.
    private async Task RedraftAsync(StoredReport report, BlobClient copy, IReadOnlySet<int> chosen, CancellationToken cancellationToken)
    {
        var content = (await copy.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
        var rescan = await _rescanner.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var scan = await rescan.DraftScanner.ScanAsync(content.ToMemory(), new DocumentScanOptions { Name = report.Scan.Document.Name }, cancellationToken)
            .ConfigureAwait(false);
        var stored = report.Scan.Findings;
        var again = new HashSet<int>();
        for (var i = 0; i < scan.Report.Findings.Count; i++)
        {
            var found = scan.Report.Findings[i];
            if (chosen.Any(c => c < stored.Count && stored[c].Type == found.Type && stored[c].Masked == found.Masked && stored[c].Location.SamePlace(found.Location)))
            {
                again.Add(i);
            }
        }

        var result = await rescan.Drafts.CreateDraftsAsync(content.ToMemory(), report.Scan.Document.Name, scan, again, cancellationToken).ConfigureAwait(false);
        // The drafts made at routing go: what is proposed now is this result only.
        await foreach (var draft in documents.DraftBlobsAsync(copy, PendingDocuments.AllDrafts, cancellationToken).ConfigureAwait(false))
        {
            await draft.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await DraftStore.UploadAsync(documents.Container(documents.Containers.Review), PendingDocuments.Folder(copy.Name) + PendingDocuments.AllDrafts,
            report.Id, result, rescan.Scanner.MaskValues, replace: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records that the reviewer judged one finding (counted from 0) a false positive. With <paramref name="addToAllowList"/>
    /// the value is also allowed from now on: read again from the document's copy (the same finding at the same place),
    /// audited as <see cref="AuditActions.AllowListAdd"/>, then added to the allow-list store as its digest, so later scans
    /// no longer report it.
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
        var value = await ValueAsync(_rescanner.FileOnly, copy, report, finding,
            "重新讀取文件時找不到這項發現（規則可能已更新），無法加入允許清單。", cancellationToken).ConfigureAwait(false);
        // Audited first: should writing the entry fail, the log shows an attempt, never an unaudited allowance.
        var entry = await AuditFindingAsync(caller, AuditActions.AllowListAdd, report, findingIndex, finding, reason!, cancellationToken)
            .ConfigureAwait(false);
        await rules.AllowAsync(new AllowListEntry(ScanRules.AllowHash(value), finding.Type, finding.Masked, caller.Name, entry.Time,
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
        var value = await ValueAsync(await _rescanner.CurrentAsync(cancellationToken).ConfigureAwait(false), copy, report, finding,
            "重新讀取文件時找不到這項發現（規則可能已更新），無法顯示原值。", cancellationToken).ConfigureAwait(false);
        var entry = await AuditFindingAsync(caller, AuditActions.Reveal, report, findingIndex, finding, reason!, cancellationToken).ConfigureAwait(false);
        return new RevealedValue(findingIndex, finding.Type, finding.Masked, value, entry);
    }

    /// <summary>The raw value of a reported finding, read again from the document's copy: the same finding at the same place.</summary>
    private static async Task<string> ValueAsync(FindingRescanner.Rescan rescan, BlobClient copy, StoredReport report, ReportFinding finding,
        string notFound, CancellationToken cancellationToken)
    {
        var content = (await copy.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
        var rescanned = (await rescan.ScanAsync(content, report, cancellationToken).ConfigureAwait(false)).Report;
        // Other rules since the report may not find it again.
        return rescanned.Findings.FirstOrDefault(f => f.Type == finding.Type && f.Masked == finding.Masked && f.Location.SamePlace(finding.Location))?.Value
            ?? throw new ReviewRefusedException(ReviewRefusal.Invalid, notFound);
    }

    /// <summary>A reviewer's act on one finding of a pending document: the role, a reason and a finding that exists.</summary>
    private async Task<(StoredReport Report, BlobClient Copy, ReportFinding Finding)> PendingFindingAsync(ReviewCaller caller, string documentId,
        int findingIndex, string? reason, string reasonRequired, CancellationToken cancellationToken)
    {
        ReviewAccess.Require(caller, ReviewRoles.Reviewer);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ReviewRefusedException(ReviewRefusal.ReasonRequired, reasonRequired);
        }

        var (report, _, metadata) = await documents.ReadAsync(documentId, cancellationToken).ConfigureAwait(false);
        var copy = documents.Copy(report, metadata);
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
}
