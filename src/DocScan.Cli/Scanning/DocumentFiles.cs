using System.Security.Cryptography;
using DocScan.Core.Extraction.Packages;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;

namespace DocScan.Cli.Scanning;

/// <summary>Scans files on disk: the name and folder come from the path, and a file too large is reported without being read whole.</summary>
internal static class DocumentFiles
{
    public static async Task<ScanReport> ScanFileAsync(this DocumentScanner scanner, string path, CancellationToken cancellationToken)
    {
        var options = new DocumentScanOptions
        {
            Name = Path.GetFileName(path),
            Location = path,
            // A DI's attachments sit beside it in its folder.
            Package = new FolderPackageFiles(Path.GetDirectoryName(Path.GetFullPath(path))!, scanner.Options.Limits.MaxDocumentBytes),
        };

        var length = new FileInfo(path).Length;
        if (length > scanner.Options.Limits.MaxDocumentBytes)
        {
            await using var stream = File.OpenRead(path);
            var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
            return (await scanner.ScanAsync(ReadOnlyMemory<byte>.Empty, options with { Unread = new UnreadDocument(length, sha) }, cancellationToken)
                .ConfigureAwait(false)).Report;
        }

        var content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return (await scanner.ScanAsync(content, options, cancellationToken).ConfigureAwait(false)).Report;
    }
}
