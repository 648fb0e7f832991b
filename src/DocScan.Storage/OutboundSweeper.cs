using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocScan.Storage;

/// <param name="Examined">Documents in the outbound container old enough to sweep.</param>
/// <param name="Missing">Of those, without a report (a lost event, an outage).</param>
/// <param name="Stale">Of those, judged by other rules than the current ones.</param>
public sealed record SweepResult(int Examined, int Missing, int Stale, int Rescanned, int Failed);

/// <summary>
/// The catch-up a timer runs: every current document in <c>outbound</c> that has no report, or whose
/// report was judged by other rules (found through the reports' <c>docscan-rules</c> index tag), is
/// scanned again through the same service the trigger calls. Event Grid drops what it cannot deliver;
/// this is what makes "nothing is lost" true anyway.
/// </summary>
public sealed class OutboundSweeper(
    BlobServiceClient service,
    DocScanStorageOptions options,
    IDocumentScanEngine engine,
    OutboundScanService scanner,
    TimeProvider time,
    ILogger<OutboundSweeper>? logger = null)
{
    private readonly ReportStore _reports = new(service, options.Containers);
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var done = await _reports.ListIdsAsync(cancellationToken).ConfigureAwait(false);
        var stale = await _reports.FindJudgedByOtherRulesAsync(engine.RulesVersion, cancellationToken).ConfigureAwait(false);
        var settled = time.GetUtcNow() - options.SweepMinimumAge;

        var container = service.GetBlobContainerClient(options.Containers.Outbound);
        var due = new List<(string Id, string Name)>();
        int examined = 0, missing = 0, old = 0;
        await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (blob.Properties.LastModified is { } modified && modified > settled || blob.Properties.ETag is not { } etag)
            {
                continue;
            }

            examined++;
            var id = DocumentIds.For(container.Name, blob.Name, etag);
            if (!done.Contains(id))
            {
                missing++;
                due.Add((id, blob.Name));
            }
            else if (stale.Contains(id))
            {
                old++;
                due.Add((id, blob.Name));
            }
        }

        var rescanned = 0;
        var failed = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.SweepParallelism), CancellationToken = cancellationToken },
            async (item, token) =>
            {
                try
                {
                    await scanner.ScanAsync(container.Name, item.Name, token).ConfigureAwait(false);
                    Interlocked.Increment(ref rescanned);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    // Counted in the attempt log already; the next sweep tries again until the document is quarantined.
                    failed.Add(item.Id);
                    StorageLog.SweepItemFailed(_logger, item.Id, ex is DocumentScanFailedException ? ex.Message : $"{ex.GetType().Name}: {engine.Mask(ex.Message)}");
                }
            }).ConfigureAwait(false);

        StorageLog.Swept(_logger, container.Name, examined, missing, old, rescanned, failed.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new SweepResult(examined, missing, old, rescanned, failed.Count);
    }
}
