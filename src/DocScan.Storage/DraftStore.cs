using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DocScan.Redaction;

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
        await UploadAsync(service.GetBlobContainerClient(route[..slash]), route[(slash + 1)..route.LastIndexOf('/')] + Folder, document.Id, result,
            engine.Mask, replace: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes a draft result's files under <paramref name="prefix"/> (a copy's <c>{folder}/{id}/drafts/</c>), their names masked.
    /// Without <paramref name="replace"/> a file already there stays: written by an earlier delivery of the same version.
    /// </summary>
    internal static async Task UploadAsync(BlobContainerClient container, string prefix, string documentId, DraftResult result,
        Func<string, string> mask, bool replace, CancellationToken cancellationToken)
    {
        foreach (var file in result.Files)
        {
            var blob = container.GetBlobClient(prefix + mask(file.Path));
            try
            {
                await blob.UploadAsync(BinaryData.FromBytes(file.Content), new BlobUploadOptions
                {
                    Metadata = new Dictionary<string, string>
                    {
                        [BlobKeys.Id] = documentId,
                        ["docscanaudience"] = file.Audience.ToString().ToLowerInvariant(),
                        ["docscandraftstatus"] = result.Status.ToString().ToLowerInvariant(),
                    },
                    Conditions = replace ? null : new BlobRequestConditions { IfNoneMatch = ETag.All },
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 409 && !replace)
            {
                // Written by an earlier delivery of the same version.
            }
        }
    }
}
