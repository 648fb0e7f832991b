using Azure.Storage.Blobs;

namespace DocScan.Storage;

/// <summary>
/// Blob clients that reach a blob by the exact name a listing gave. The SDK builds every blob address
/// through <see cref="Uri"/>, which collapses <c>.</c> and <c>..</c> segments: a blob that another client
/// stored as <c>測試/壞檔/../逃脫.docx</c> is then asked for as <c>測試/逃脫.docx</c> and "does not exist",
/// and would never get a report. Such a name is addressed with its separators escaped (<c>%2F</c>), which
/// the service reads back as the same name and <see cref="Uri"/> leaves alone.
/// </summary>
public sealed class ExactBlobs(BlobServiceClient service, Func<Uri, BlobClient> open)
{
    public BlobServiceClient Service => service;

    public BlobClient Get(string container, string name)
    {
        var containerClient = service.GetBlobContainerClient(container);
        var client = containerClient.GetBlobClient(name);
        if (client.Name == name)
        {
            return client;
        }

        var escaped = string.Join("%2F", name.Split('/').Select(Uri.EscapeDataString));
        var uri = containerClient.Uri;
        return open(new Uri($"{uri.GetLeftPart(UriPartial.Path).TrimEnd('/')}/{escaped}{uri.Query}"));
    }
}
