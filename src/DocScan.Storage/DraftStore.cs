using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace DocScan.Storage;

/// <summary>
/// Writes the proposed drafts of a redact or dual-draft document beside its routed copy in
/// <c>review/</c>: <c>{folder}/{id}/drafts/release/…</c> for a reviewer to approve,
/// <c>…/drafts/internal/…</c> (the full draft and evaluator codes, access-restricted) and the masked
/// draft summary. Written before the report, once per document version: a second delivery finds them.
/// </summary>
public sealed class DraftStore(BlobServiceClient service, IDocumentScanEngine engine)
{
    private const string Folder = "/" + Review.PendingDocuments.DraftsFolder + "/";

    /// <summary>Whether a blob name in review/ is a proposed draft rather than the routed copy.</summary>
    public static bool IsDraft(string blobName) => blobName.Contains(Folder, StringComparison.Ordinal);

    public async Task WriteAsync(SourceDocument document, ReadOnlyMemory<byte> content, string route, CancellationToken cancellationToken)
    {
        var result = await engine.DraftAsync(content, document.FileName, cancellationToken).ConfigureAwait(false);
        var slash = route.IndexOf('/');
        var container = service.GetBlobContainerClient(route[..slash]);
        var prefix = route[(slash + 1)..route.LastIndexOf('/')] + Folder;
        foreach (var file in result.Files)
        {
            var blob = container.GetBlobClient(prefix + engine.Mask(file.Path));
            try
            {
                await blob.UploadAsync(BinaryData.FromBytes(file.Content), new BlobUploadOptions
                {
                    Metadata = new Dictionary<string, string>
                    {
                        [BlobKeys.Id] = document.Id,
                        ["docscanaudience"] = file.Audience.ToString().ToLowerInvariant(),
                        ["docscandraftstatus"] = result.Status.ToString().ToLowerInvariant(),
                    },
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Written by an earlier delivery of the same version.
            }
        }
    }
}
