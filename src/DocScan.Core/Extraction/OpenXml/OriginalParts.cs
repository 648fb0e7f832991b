using System.IO.Compression;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>The parts of a package as received, for those the SDK could not read through its structure.</summary>
internal sealed class OriginalParts : IDisposable
{
    private readonly ZipArchive _archive;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);

    public OriginalParts(ReadOnlyMemory<byte> package, ExtractionContext context)
    {
        _archive = ZipGuard.Open(package, context);
        foreach (var entry in _archive.Entries)
        {
            _entries.TryAdd(PackageInventory.PartName(entry.FullName), entry);
        }
    }

    public byte[] Read(string name)
    {
        // The package passed ZipGuard.CheckPackage: this part's real size is already bounded and charged.
        using var stream = _entries[name].Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The part read with <see cref="LooseXml"/>, with its root element's local name ("" when it has none).</summary>
    public (string Root, IEnumerable<LooseXmlToken> Tokens) ReadLoosely(string name) => Loosely(Read(name));

    public static (string Root, IEnumerable<LooseXmlToken> Tokens) Loosely(byte[] bytes)
    {
        var tokens = LooseXml.Tokens(LooseXml.Decode(bytes));
        var root = tokens.FirstOrDefault(t => t.Kind is LooseXmlTokenKind.Start or LooseXmlTokenKind.Empty);
        return (root.Name is null ? "" : root.LocalName, tokens);
    }

    public void Dispose() => _archive.Dispose();
}
