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
}
