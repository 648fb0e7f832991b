using Azure.Storage.Blobs;
using DocScan.Storage;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary>Every blob that lands in <c>outbound</c>, at any depth (<c>outbound/{agency}/...</c>), is scanned, reported and routed.</summary>
public sealed class ScanOutboundFunction(OutboundScanService scanner)
{
    /// <summary>The name infra/ subscribes Event Grid to (<c>blobTriggerFunctionName</c>).</summary>
    public const string Name = "ScanOutbound";

#if DOCSCAN_BLOB_POLLING
    private const BlobTriggerSource Source = BlobTriggerSource.LogsAndContainerScan;
#else
    private const BlobTriggerSource Source = BlobTriggerSource.EventGrid;
#endif

    [Function(Name)]
    public async Task RunAsync(
        [BlobTrigger("outbound/{path}", Source = Source, Connection = DocScanStorageOptions.ConnectionName)] BlobClient blob,
        CancellationToken cancellationToken)
    {
        // A failure throws, so the host delivers the blob again; the service quarantines it when the attempts run out.
        await scanner.ScanAsync(blob.BlobContainerName, blob.Name, cancellationToken);
    }
}
