using Azure;

namespace DocScan.Storage;

/// <summary>One version of a blob in the outbound container, as read for scanning.</summary>
/// <param name="Content">The bytes, or null when the blob is too large to hold and was not read.</param>
public sealed record SourceDocument(
    string Id,
    string Container,
    string Name,
    ETag ETag,
    string? VersionId,
    long Length,
    string? Uploader,
    BinaryData? Content)
{
    /// <summary>The last path segment: what the document is called.</summary>
    public string FileName => Name[(Name.LastIndexOf('/') + 1)..];
}
