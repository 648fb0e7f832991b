using Azure.Storage.Blobs;
using DocScan.Storage;
using Microsoft.Azure.WebJobs;

namespace DocScan.Cli.Serving;

/// <summary>The WebJobs twin of the Functions app's ScanOutbound: same name, path, connection and service.</summary>
public sealed class OutboundTrigger(OutboundScanService scanner)
{
    [FunctionName("ScanOutbound")]
    public async Task RunAsync(
        [BlobTrigger("outbound/{path}", Connection = DocScanStorageOptions.ConnectionName)] BlobClient blob,
        CancellationToken cancellationToken)
    {
        await scanner.ScanAsync(blob.BlobContainerName, blob.Name, cancellationToken).ConfigureAwait(false);
    }
}
