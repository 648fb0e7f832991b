using System.IO.Compression;

namespace DocScan.Core.Extraction.Packages;

/// <summary>
/// The members of a zip beside one of them (a DI's attachments in the same folder of the archive).
/// A member taken here is scanned as part of the document that asked for it, and skipped by the
/// archive; one the archive has already scanned, or cannot read, is left to it.
/// </summary>
internal sealed class ZipPackageFiles(ZipMembers members, ZipArchiveEntry document) : IPackageFiles
{
    private readonly string _folder = FolderOf(document.FullName);

    public PackageFile Take(string name, CancellationToken cancellationToken)
    {
        if (PackageFileNames.Relative(name) is not { } relative)
        {
            return PackageFile.Missing;
        }

        var entry = members.Archive.GetEntry(_folder + relative)
            ?? members.Archive.Entries.FirstOrDefault(e => e.FullName.Replace('\\', '/') == _folder + relative);
        if (entry is null || ZipMembers.IsDirectory(entry))
        {
            return PackageFile.Missing;
        }

        if (members.IsTaken(entry))
        {
            return PackageFile.Elsewhere;
        }

        members.Take(entry);
        return members.Read(entry, cancellationToken) is { } content ? PackageFile.Found(content) : PackageFile.Elsewhere;
    }

    private static string FolderOf(string path)
    {
        var slash = path.Replace('\\', '/').LastIndexOf('/');
        return slash < 0 ? "" : path[..(slash + 1)].Replace('\\', '/');
    }
}
