using DocumentFormat.OpenXml.Packaging;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// How far a package's own structure (content types, relationships) leads: which of its parts the SDK
/// reached, which it could not (orphaned, damaged or missing), or that it could not be opened at all.
/// </summary>
internal sealed class PackageStructure
{
    private readonly HashSet<string> _reached = new(StringComparer.OrdinalIgnoreCase);

    public PackageStructure(
        ReadOnlyMemory<byte> original, string documentName, PackageInventory inventory, IReadOnlyList<string> missingParts,
        OpenXmlPackage? package, Exception? openFailure)
    {
        Original = original;
        DocumentName = documentName;
        Inventory = inventory;
        MissingParts = missingParts;
        OpenFailure = openFailure;
        if (package is not null)
        {
            _reached.UnionWith(package.GetAllParts().Select(PartPaths.NameOf));
            _reached.UnionWith(package.DataParts.Select(part => PackageInventory.PartName(part.Uri.OriginalString)));
        }
    }

    /// <summary>The package as received, to read the parts the SDK could not.</summary>
    public ReadOnlyMemory<byte> Original { get; }

    public string DocumentName { get; }

    public PackageInventory Inventory { get; }

    /// <summary>Parts the package's relationships point to that are not in it.</summary>
    public IReadOnlyList<string> MissingParts { get; }

    /// <summary>Why the SDK could not read the package at all (content types or relationships unreadable); null when it could.</summary>
    public Exception? OpenFailure { get; }

    public bool IsDamaged(string name) => Inventory.IsMalformed(name);

    /// <summary>
    /// Whether the SDK read the part as it is through the package's relationships. The content types
    /// and the relationships of reached parts are the structure itself; a damaged part was emptied
    /// for the SDK and counts as not reached.
    /// </summary>
    public bool Reached(string name)
    {
        if (IsDamaged(name))
        {
            return false;
        }

        if (name.Equals(PackageInventory.ContentTypes, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (PackageInventory.IsRelationships(name))
        {
            var source = PackageInventory.SourceOf(name);
            return OpenFailure is null && (source.Length == 0 || _reached.Contains(source));
        }

        return _reached.Contains(name);
    }

    public bool Reached(OpenXmlPart part) => Reached(PartPaths.NameOf(part));
}
