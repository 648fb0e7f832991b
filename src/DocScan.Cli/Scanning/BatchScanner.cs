using System.Runtime.CompilerServices;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;

namespace DocScan.Cli.Scanning;

/// <summary>The result for one file of a batch: its report, or why the file itself could not be read.</summary>
public sealed record BatchItem(DocumentPath Path, ScanReport? Report, string? ReadError);

/// <summary>Scans many files in parallel and yields results in input order; one bad file never stops the others.</summary>
public sealed class BatchScanner(DocumentScanner scanner, int maxParallelism = 0)
{
    private readonly int _parallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount;

    public async IAsyncEnumerable<BatchItem> ScanAsync(
        IReadOnlyList<DocumentPath> documents, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pending = new Task<BatchItem>[documents.Count];
        using var throttle = new SemaphoreSlim(_parallelism);
        for (var i = 0; i < documents.Count; i++)
        {
            pending[i] = ScanOneAsync(documents[i], throttle, cancellationToken);
        }

        foreach (var task in pending)
        {
            yield return await task.ConfigureAwait(false);
        }
    }

    private async Task<BatchItem> ScanOneAsync(DocumentPath path, SemaphoreSlim throttle, CancellationToken cancellationToken)
    {
        await throttle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return new BatchItem(path, await scanner.ScanFileAsync(path.FullPath, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new BatchItem(path, null, ex.Message);
        }
        finally
        {
            throttle.Release();
        }
    }
}
