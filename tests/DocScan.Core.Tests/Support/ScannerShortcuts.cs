using DocScan.Core.Extraction.Packages;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;

namespace DocScan.Core.Tests.Support;

/// <summary>Most tests know a document by its name alone: these call <see cref="DocumentScanner.ScanAsync"/> with just that.</summary>
internal static class ScannerShortcuts
{
    public static async Task<ScanReport> ReportAsync(
        this DocumentScanner scanner, ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken = default) =>
        (await scanner.ScanAsync(content, new DocumentScanOptions { Name = name }, cancellationToken)).Report;

    public static async Task<ScanReport> ReportAsync(
        this DocumentScanner scanner, ReadOnlyMemory<byte> content, string name, string location, CancellationToken cancellationToken) =>
        (await scanner.ScanAsync(content, new DocumentScanOptions { Name = name, Location = location }, cancellationToken)).Report;

    public static Task<DocumentScan> ScanAsync(this DocumentScanner scanner, ReadOnlyMemory<byte> content, string name) =>
        scanner.ScanAsync(content, new DocumentScanOptions { Name = name });

    /// <summary>A file on disk with the files beside it, as <c>docscan scan</c> reads it.</summary>
    public static async Task<ScanReport> ReportFileAsync(this DocumentScanner scanner, string path)
    {
        var options = new DocumentScanOptions
        {
            Name = Path.GetFileName(path),
            Location = path,
            Package = new FolderPackageFiles(Path.GetDirectoryName(Path.GetFullPath(path))!, scanner.Options.Limits.MaxDocumentBytes),
        };
        return (await scanner.ScanAsync(await File.ReadAllBytesAsync(path), options)).Report;
    }
}
