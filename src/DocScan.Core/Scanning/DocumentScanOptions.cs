using DocScan.Core.Extraction.Packages;

namespace DocScan.Core.Scanning;

/// <summary>
/// What one call to <see cref="DocumentScanner.ScanAsync"/> knows about the document beyond its bytes;
/// <see cref="ScanOptions"/> configures the scanner for every document.
/// </summary>
public sealed record DocumentScanOptions
{
    /// <summary>The document's file name: its format is checked against the extension, and the name is scanned like its text.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Where the document lives (a file path, a blob name); the name when not given. The rules file's
    /// <c>cloud.forbiddenPaths</c> are matched against it. Never logged.
    /// </summary>
    public string? Location { get; init; }

    /// <summary>The files that came with the document (its folder): a DI's attachments are read from it.</summary>
    public IPackageFiles? Package { get; init; }

    /// <summary>
    /// Set by a caller that did not read a document over the size limit: the report names it by this size
    /// and hash and says it was not scanned; the content given is not looked at.
    /// </summary>
    public UnreadDocument? Unread { get; init; }
}

/// <summary>A document left unread because it is larger than <see cref="ScanLimits.MaxDocumentBytes"/>.</summary>
public sealed record UnreadDocument(long Bytes, string Sha256);
