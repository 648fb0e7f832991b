namespace DocScan.Core.Extraction.Packages;

/// <summary>
/// The files beside a document on disk (<c>docscan scan</c> of a folder holding a DI and its
/// attachments). Each of those files is also scanned on its own by a folder scan; taking one here
/// makes it part of the DI's report too.
/// </summary>
public sealed class FolderPackageFiles(string directory, long maxBytes) : IPackageFiles
{
    public PackageFile Take(string name, CancellationToken cancellationToken)
    {
        if (PackageFileNames.Relative(name) is not { } relative)
        {
            return PackageFile.Missing;
        }

        var path = Path.Combine(directory, relative);
        if (!File.Exists(path))
        {
            return PackageFile.Missing;
        }

        // One byte more than the limit is enough for the extractor to call it too large without reading it all.
        using var stream = File.OpenRead(path);
        var buffer = new byte[Math.Min(stream.Length, maxBytes + 1)];
        stream.ReadExactly(buffer);
        return PackageFile.Found(buffer);
    }
}
