using System.Diagnostics;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocScan.Storage;

public enum ScanOutcomeKind
{
    /// <summary>Scanned now: report written, copy routed.</summary>
    Scanned,

    /// <summary>This version already had its report under the current rules (a repeated delivery).</summary>
    AlreadyScanned,

    /// <summary>The scanner kept failing: quarantined with a report that says why.</summary>
    Quarantined,

    /// <summary>The blob changed before it was read; the new version is another document.</summary>
    Superseded,

    /// <summary>The blob was deleted before it was read.</summary>
    Missing,
}

public sealed record ScanOutcome(ScanOutcomeKind Kind, string? DocumentId = null, string? Verdict = null, string? RoutedTo = null);

/// <summary>
/// What a blob trigger calls for each blob in <c>outbound</c>: read one version, scan it, route a copy,
/// store the report. Safe to call any number of times for the same version (triggers deliver at least
/// once); a version that fails again and again ends in quarantine instead of being retried forever.
/// </summary>
public sealed class OutboundScanService(
    ExactBlobs blobs,
    DocScanStorageOptions options,
    IDocumentScanEngine engine,
    TimeProvider time,
    ILogger<OutboundScanService>? logger = null)
{
    private readonly ReportStore _reports = new(blobs.Service, options.Containers);
    private readonly VerdictRouter _router = new(blobs, options.Containers, engine);
    private readonly DraftStore _drafts = new(blobs.Service, engine);
    private readonly AttemptLog _attempts = new(blobs.Service, options.Containers);
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public ReportStore Reports => _reports;

    public async Task<ScanOutcome> ScanAsync(string container, string blobName, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var blob = blobs.Get(container, blobName);
        BlobProperties properties;
        try
        {
            properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            StorageLog.Missing(_logger, container, engine.Mask(blobName));
            return new ScanOutcome(ScanOutcomeKind.Missing);
        }

        var id = DocumentIds.For(container, blobName, properties.ETag);
        // The scanner names what it reads by content hash; the scope puts this document's id on those lines too.
        using var scope = _logger.BeginScope("Document {DocumentId}", id);
        var existing = await _reports.GetSummaryAsync(id, cancellationToken).ConfigureAwait(false);
        // Judged by these rules already, or decided by a reviewer: newer rules must not pull a decided document back into review.
        if (existing is not null && (existing.RulesVersion == engine.RulesVersion || existing.Decision is not null))
        {
            StorageLog.AlreadyScanned(_logger, id, existing.Verdict, existing.RulesVersion);
            return new ScanOutcome(ScanOutcomeKind.AlreadyScanned, id, existing.Verdict, existing.RoutedTo);
        }

        var document = new SourceDocument(id, container, blobName, properties.ETag, properties.VersionId, properties.ContentLength,
            properties.Metadata.TryGetValue(BlobKeys.Uploader, out var uploader) ? BlobKeys.Unescape(uploader) : null, null);
        var attempt = await _attempts.StartAsync(id, cancellationToken).ConfigureAwait(false);
        if (attempt.Attempts > options.MaxAttempts)
        {
            // Earlier attempts never came back (the process died on this document): don't try again.
            return await QuarantineAsync(document, attempt.Attempts - 1, attempt.LastError, existing, started, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await ScanVersionAsync(document, attempt.Attempts, existing, started, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = $"{ex.GetType().Name}: {engine.Mask(ex.Message)}";
            StorageLog.ScanFailed(_logger, id, attempt.Attempts, options.MaxAttempts, Ms(Stopwatch.GetElapsedTime(started)),
                error, ex.StackTrace);
            await _attempts.RecordFailureAsync(id, error, cancellationToken).ConfigureAwait(false);
            if (attempt.Attempts >= options.MaxAttempts)
            {
                return await QuarantineAsync(document, attempt.Attempts, error, existing, started, cancellationToken).ConfigureAwait(false);
            }

            // A delivery that ran alongside may have finished the document meanwhile (or quarantined it).
            if (await _reports.GetSummaryAsync(id, cancellationToken).ConfigureAwait(false) is { } done && done.RulesVersion == engine.RulesVersion)
            {
                await _attempts.ClearAsync(id, cancellationToken).ConfigureAwait(false);
                StorageLog.AlreadyScanned(_logger, id, done.Verdict, done.RulesVersion);
                return new ScanOutcome(ScanOutcomeKind.AlreadyScanned, id, done.Verdict, done.RoutedTo);
            }

            throw new DocumentScanFailedException(id, attempt.Attempts, options.MaxAttempts, error);
        }
    }

    private async Task<ScanOutcome> ScanVersionAsync(SourceDocument document, int attempt, ReportSummary? existing, long started,
        CancellationToken cancellationToken)
    {
        var reading = Stopwatch.GetTimestamp();
        ScanReport scan;
        TimeSpan read, scanned;
        if (document.Length > engine.Limits.MaxDocumentBytes)
        {
            var sha = await HashAsync(document, cancellationToken).ConfigureAwait(false);
            if (sha is null)
            {
                return await SupersededAsync(document.Id, cancellationToken).ConfigureAwait(false);
            }

            read = Stopwatch.GetElapsedTime(reading);
            scan = UnscannedReports.TooLarge(engine, document, sha);
            scanned = TimeSpan.Zero;
        }
        else
        {
            var content = await DownloadAsync(document, cancellationToken).ConfigureAwait(false);
            if (content is null)
            {
                return await SupersededAsync(document.Id, cancellationToken).ConfigureAwait(false);
            }

            read = Stopwatch.GetElapsedTime(reading);
            var scanning = Stopwatch.GetTimestamp();
            document = document with { Content = content };
            scan = await engine.ScanAsync(content.ToMemory(), document.FileName, cancellationToken).ConfigureAwait(false);
            scanned = Stopwatch.GetElapsedTime(scanning);
            if (scan.Verdict is Verdict.Redact or Verdict.DualDraft)
            {
                await _drafts.WriteAsync(document, content.ToMemory(), _router.RouteFor(document, scan.Verdict), cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        var storing = Stopwatch.GetTimestamp();
        var report = await StoreAsync(document, scan, existing, cancellationToken).ConfigureAwait(false);
        StorageLog.Scanned(_logger, document.Id, report.Scan.Document.Name, scan.Document.Sha256[..16], ReportJson.VerdictId(scan.Verdict), scan.Findings.Count,
            scan.Problems.Count, options.Containers.For(scan.Verdict), Ms(read), Ms(scanned), Ms(Stopwatch.GetElapsedTime(storing)),
            Ms(Stopwatch.GetElapsedTime(started)), attempt, scan.RulesVersion);
        return new ScanOutcome(ScanOutcomeKind.Scanned, document.Id, ReportJson.VerdictId(scan.Verdict), report.RoutedTo);
    }

    private static long Ms(TimeSpan elapsed) => (long)elapsed.TotalMilliseconds;

    private async Task<ScanOutcome> QuarantineAsync(SourceDocument document, int attempts, string? lastError, ReportSummary? existing,
        long started, CancellationToken cancellationToken)
    {
        var sha = document.Content is { } content
            ? Convert.ToHexStringLower(SHA256.HashData(content.ToMemory().Span))
            : await HashAsync(document, cancellationToken).ConfigureAwait(false) ?? "";
        var scan = UnscannedReports.Failed(engine, document, sha, attempts, lastError);
        var report = await StoreAsync(document, scan, existing, cancellationToken).ConfigureAwait(false);
        StorageLog.Quarantined(_logger, document.Id, attempts, ReportJson.VerdictId(scan.Verdict), options.Containers.For(scan.Verdict),
            Ms(Stopwatch.GetElapsedTime(started)));
        return new ScanOutcome(ScanOutcomeKind.Quarantined, document.Id, ReportJson.VerdictId(scan.Verdict), report.RoutedTo);
    }

    /// <summary>Routes the copy, then writes the report (last: a report means done), then forgets the attempts.</summary>
    private async Task<StoredReport> StoreAsync(SourceDocument document, ScanReport scan, ReportSummary? existing, CancellationToken cancellationToken)
    {
        var report = new StoredReport
        {
            Id = document.Id,
            Scan = scan,
            Source = new ReportSource(document.Container, engine.Mask(document.Name), document.ETag.ToString().Trim('"'), document.VersionId, document.Uploader),
            RoutedTo = _router.RouteFor(document, scan.Verdict),
            ScannedAt = time.GetUtcNow(),
        };
        await _router.RouteAsync(document, report, existing?.RoutedTo, cancellationToken).ConfigureAwait(false);
        await _reports.WriteAsync(report, cancellationToken).ConfigureAwait(false);
        await _attempts.ClearAsync(document.Id, cancellationToken).ConfigureAwait(false);
        return report;
    }

    private async Task<ScanOutcome> SupersededAsync(string id, CancellationToken cancellationToken)
    {
        await _attempts.ClearAsync(id, cancellationToken).ConfigureAwait(false);
        StorageLog.Superseded(_logger, id);
        return new ScanOutcome(ScanOutcomeKind.Superseded, id);
    }

    /// <summary>The bytes of exactly this version, or null when the blob has changed or gone since.</summary>
    private async Task<BinaryData?> DownloadAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        try
        {
            var result = await Source(document).DownloadContentAsync(
                new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = document.ETag } }, cancellationToken).ConfigureAwait(false);
            return result.Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }
    }

    private async Task<string?> HashAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await Source(document).OpenReadAsync(
                new BlobOpenReadOptions(allowModifications: false) { Conditions = new BlobRequestConditions { IfMatch = document.ETag } },
                cancellationToken).ConfigureAwait(false);
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }
    }

    private BlobClient Source(SourceDocument document) => blobs.Get(document.Container, document.Name);
}
