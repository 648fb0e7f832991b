using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace DocScan.Storage;

/// <param name="Attempts">Scans started for this document version.</param>
/// <param name="LastError">Why the last one failed, values masked; null while none has failed.</param>
public sealed record AttemptRecord(int Attempts, string? LastError);

/// <summary>
/// Counts the scans started per document in <c>reports/{id}.attempts.json</c>. Counting at the start,
/// not on failure, is what catches a document that takes the whole process down (out of memory, a
/// hang the host kills): no catch block runs then, but the next delivery sees the count.
/// Deleted when the document is done.
/// </summary>
public sealed class AttemptLog(BlobServiceClient service, ContainerNames containers)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<AttemptRecord> StartAsync(string id, CancellationToken cancellationToken) =>
        UpdateAsync(id, current => new AttemptRecord((current?.Attempts ?? 0) + 1, current?.LastError), cancellationToken);

    public Task<AttemptRecord> RecordFailureAsync(string id, string error, CancellationToken cancellationToken) =>
        UpdateAsync(id, current => new AttemptRecord(Math.Max(current?.Attempts ?? 0, 1), error), cancellationToken);

    public async Task ClearAsync(string id, CancellationToken cancellationToken) =>
        await Blob(id).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

    private async Task<AttemptRecord> UpdateAsync(string id, Func<AttemptRecord?, AttemptRecord> change, CancellationToken cancellationToken)
    {
        var blob = Blob(id);
        // Two deliveries of the same blob may race: write only over what was read, and read again if it changed.
        for (var round = 0; ; round++)
        {
            AttemptRecord? current = null;
            var conditions = new BlobRequestConditions { IfNoneMatch = ETag.All };
            try
            {
                var content = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                current = content.Value.Content.ToObjectFromJson<AttemptRecord>(Json);
                conditions = new BlobRequestConditions { IfMatch = content.Value.Details.ETag };
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
            }

            var next = change(current);
            try
            {
                await blob.UploadAsync(BinaryData.FromObjectAsJson(next, Json), new BlobUploadOptions { Conditions = conditions }, cancellationToken)
                    .ConfigureAwait(false);
                return next;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && round < 10)
            {
            }
        }
    }

    private BlobClient Blob(string id) => service.GetBlobContainerClient(containers.Reports).GetBlobClient(id + ".attempts.json");
}
