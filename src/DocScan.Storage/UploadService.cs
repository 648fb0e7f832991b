using System.Diagnostics;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DocScan.Storage.Review;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocScan.Storage;

public sealed record UploadResult(string DocumentId, string Container, string BlobName);

/// <param name="Verdict">The verdict once scanned; null while the document waits for its scan.</param>
/// <param name="Decision">A reviewer's decision once there is one (an audit action name: approve-redacted, reject, ...).</param>
/// <param name="DecisionReason">Why the document was sent back (rejections only).</param>
public sealed record DocumentStatus(string DocumentId, string? Verdict, string? Decision = null, string? DecisionReason = null)
{
    public bool IsScanned => Verdict is not null;
}

/// <summary>
/// Records staff's way in without storage tools: the document goes into <c>outbound</c> like any other,
/// with the uploader's identity in its metadata, and the trigger does the rest.
/// </summary>
public sealed class UploadService(
    BlobServiceClient service,
    DocScanStorageOptions options,
    IDocumentScanEngine engine,
    TimeProvider time,
    ILogger<UploadService>? logger = null)
{
    private readonly ReportStore _reports = new(service, options.Containers);
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public async Task<UploadResult> UploadAsync(Stream content, string fileName, string uploader, string? folder, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var name = UploadNames.Create(folder, fileName, time.GetUtcNow());
        var blob = service.GetBlobContainerClient(options.Containers.Outbound).GetBlobClient(name);
        var response = await blob.UploadAsync(content, new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [BlobKeys.Uploader] = BlobKeys.Escape(uploader) },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        }, cancellationToken).ConfigureAwait(false);

        var id = DocumentIds.For(blob.BlobContainerName, name, response.Value.ETag);
        StorageLog.Uploaded(_logger, id, engine.Mask(UploadNames.FileName(fileName)), content.CanSeek ? content.Length : -1, uploader,
            (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new UploadResult(id, blob.BlobContainerName, name);
    }

    public async Task<DocumentStatus> GetStatusAsync(string documentId, CancellationToken cancellationToken)
    {
        var summary = await _reports.GetSummaryAsync(documentId, cancellationToken).ConfigureAwait(false);
        return new DocumentStatus(documentId, summary?.Verdict, summary?.Decision, summary?.DecisionReason);
    }

    /// <summary>
    /// A document's report for the person who uploaded it, or for reviewers and auditors: read here with the app's own
    /// identity, so the caller needs neither a storage role nor a key. <paramref name="html"/> for the page, else the JSON.
    /// </summary>
    public async Task<string> ReadReportAsync(ReviewCaller caller, string documentId, bool html, CancellationToken cancellationToken)
    {
        var report = await _reports.ReadAsync(documentId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewRefusedException(ReviewRefusal.NotFound, "這份文件還沒有報告：可能仍在掃描中，請稍後再試。");
        if (report.Source.UploadedBy != caller.Name && !caller.Has(ReviewRoles.Reviewer) && !caller.Has(ReviewRoles.Auditor))
        {
            throw new ReviewRefusedException(ReviewRefusal.Forbidden, "只有上傳這份文件的人與審核、稽核人員可以查看它的報告。");
        }

        return (html
                   ? await _reports.ReadHtmlAsync(documentId, cancellationToken).ConfigureAwait(false)
                   : await _reports.ReadJsonAsync(documentId, cancellationToken).ConfigureAwait(false))
               ?? throw new ReviewRefusedException(ReviewRefusal.NotFound, "找不到這份文件的報告。");
    }

    /// <summary>The status once the report is there, or as it is when <paramref name="wait"/> runs out.</summary>
    public async Task<DocumentStatus> WaitForReportAsync(string documentId, TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + wait;
        while (true)
        {
            var status = await GetStatusAsync(documentId, cancellationToken).ConfigureAwait(false);
            if (status.IsScanned || time.GetUtcNow() >= deadline)
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), time, cancellationToken).ConfigureAwait(false);
        }
    }
}
