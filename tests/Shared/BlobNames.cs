using Azure.Storage.Blobs;

namespace DocScan.Tests.Shared;

public static class BlobNames
{
    /// <summary>Every blob name in the container, in listing order.</summary>
    public static async Task<List<string>> NamesAsync(this BlobContainerClient container)
    {
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }

    /// <summary>The routed copies: every blob name but the proposed drafts written beside a copy in review/.</summary>
    public static async Task<List<string>> CopyNamesAsync(this BlobContainerClient container) =>
        (await container.NamesAsync()).Where(n => !DocScan.Storage.DraftStore.IsDraft(n)).ToList();
}
