using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace DocScan.Storage.Review;

/// <summary>
/// The documents waiting in <c>review/</c> and what belongs to them: the stored report with its metadata, the document's
/// copy and the drafts proposed beside it. The review services read and move documents only through this store.
/// </summary>
public sealed class PendingDocuments(BlobServiceClient service, DocScanStorageOptions options)
{
    public const string DraftsFolder = "drafts";

    // Below a pending copy's folder: every draft proposed for it, and those proposed for release.
    internal const string AllDrafts = DraftsFolder + "/";
    internal const string ReleaseDrafts = AllDrafts + "release/";

    internal ContainerNames Containers => options.Containers;

    internal BlobContainerClient Container(string name) => service.GetBlobContainerClient(name);

    /// <summary>Every pending document under <paramref name="prefix"/> (all of them when null), in blob name order.</summary>
    internal async IAsyncEnumerable<PendingDocument> ListAsync(string? prefix,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in Container(Containers.Review)
                           .GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = prefix }, cancellationToken).ConfigureAwait(false))
        {
            if (Pending(item) is { } document)
            {
                yield return document;
            }
        }
    }

    internal async Task<(StoredReport Report, ETag ETag, IDictionary<string, string> Metadata)> ReadAsync(string documentId,
        CancellationToken cancellationToken)
    {
        if (!DocumentIds.IsValid(documentId))
        {
            throw new ReviewRefusedException(ReviewRefusal.NotFound, "找不到這份文件。");
        }

        try
        {
            var content = (await ReportBlob(documentId).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
            return (StoredReport.Parse(content.Content.ToString()), content.Details.ETag, content.Details.Metadata);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new ReviewRefusedException(ReviewRefusal.NotFound, "找不到這份文件。");
        }
    }

    internal BlobClient ReportBlob(string documentId) => Container(Containers.Reports).GetBlobClient(documentId + ".json");

    /// <summary>The document's copy in review/, if it is still waiting for a decision.</summary>
    internal BlobClient Copy(StoredReport report, IDictionary<string, string> metadata)
    {
        var prefix = Containers.Review + "/";
        if (metadata.ContainsKey(BlobKeys.Decision) || report.RoutedTo is not { } route || !route.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new ReviewRefusedException(ReviewRefusal.AlreadyDecided, "這份文件已有決定，或不需人工審核。");
        }

        return Container(Containers.Review).GetBlobClient(route[prefix.Length..]);
    }

    /// <summary>The document wherever its report says it was routed; null when it was not routed, or is gone.</summary>
    internal async Task<BinaryData?> RoutedContentAsync(StoredReport report, CancellationToken cancellationToken)
    {
        var route = report.RoutedTo ?? "";
        var slash = route.IndexOf('/');
        if (slash < 0)
        {
            return null;
        }

        try
        {
            return (await Container(route[..slash]).GetBlobClient(route[(slash + 1)..]).DownloadContentAsync(cancellationToken).ConfigureAwait(false))
                .Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The drafts in one of a pending copy's draft folders (<see cref="AllDrafts"/> or <see cref="ReleaseDrafts"/>).</summary>
    internal IAsyncEnumerable<BlobItem> DraftItemsAsync(BlobClient copy, string draftFolder, CancellationToken cancellationToken) =>
        Container(Containers.Review).GetBlobsAsync(new GetBlobsOptions { Prefix = Folder(copy.Name) + draftFolder }, cancellationToken);

    internal async IAsyncEnumerable<BlobClient> DraftBlobsAsync(BlobClient copy, string draftFolder,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var container = Container(Containers.Review);
        await foreach (var item in DraftItemsAsync(copy, draftFolder, cancellationToken).ConfigureAwait(false))
        {
            yield return container.GetBlobClient(item.Name);
        }
    }

    /// <summary>The copy's folder with the trailing slash: <c>{folder}/{id}/</c>.</summary>
    internal static string Folder(string copyName) => copyName[..(copyName.LastIndexOf('/') + 1)];

    private static PendingDocument? Pending(BlobItem item)
    {
        var metadata = item.Metadata;
        // Drafts live beside the copy; only copies (with the id the router wrote) are documents.
        if (metadata is null || !metadata.TryGetValue(BlobKeys.Id, out var id) || DraftStore.IsDraft(item.Name))
        {
            return null;
        }

        var folderEnd = item.Name.IndexOf("/" + id + "/", StringComparison.Ordinal);
        return new PendingDocument(id, item.Name, folderEnd < 0 ? "" : item.Name[..folderEnd],
            metadata.TryGetValue(BlobKeys.Verdict, out var verdict) ? verdict : "",
            metadata.TryGetValue(BlobKeys.ScannedAt, out var scanned) && DateTimeOffset.TryParse(scanned, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.RoundtripKind, out var at) ? at : null,
            metadata.TryGetValue(BlobKeys.Uploader, out var uploader) ? BlobKeys.Unescape(uploader) : null);
    }
}
