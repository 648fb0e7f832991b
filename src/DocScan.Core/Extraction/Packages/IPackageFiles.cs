namespace DocScan.Core.Extraction.Packages;

/// <summary>
/// The files that travel beside a document in the same package (the members of a zip, the files of a
/// folder): an electronic 公文 finds the attachments its DI declares here.
/// </summary>
public interface IPackageFiles
{
    /// <summary>
    /// Takes the file <paramref name="name"/> (relative to the document's folder) to scan it as part of
    /// the document; a file taken is not scanned again on its own.
    /// </summary>
    PackageFile Take(string name, CancellationToken cancellationToken);
}

/// <summary>What became of a file asked for.</summary>
public enum PackageFileState
{
    /// <summary>The file is here; its bytes come with it.</summary>
    Found,

    /// <summary>No such file in the package.</summary>
    Missing,

    /// <summary>The file is here but is scanned, or reported as unreadable, by its container.</summary>
    Elsewhere,
}

/// <param name="State">Whether the file was found.</param>
/// <param name="Content">Its bytes when found.</param>
public readonly record struct PackageFile(PackageFileState State, ReadOnlyMemory<byte> Content)
{
    public static PackageFile Missing => new(PackageFileState.Missing, ReadOnlyMemory<byte>.Empty);

    public static PackageFile Elsewhere => new(PackageFileState.Elsewhere, ReadOnlyMemory<byte>.Empty);

    public static PackageFile Found(ReadOnlyMemory<byte> content) => new(PackageFileState.Found, content);
}
