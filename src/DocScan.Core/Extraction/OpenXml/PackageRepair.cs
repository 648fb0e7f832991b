using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// The copy of a damaged package the SDK is given, so that one damaged or missing part does not stop
/// the reading of all the others: the SDK refuses a whole package over one relationship to a missing
/// part, and fails halfway through a part that is not well-formed. In the copy, relationships to
/// missing parts are gone and every malformed part is an empty element (or gone, when not even its
/// first tag can be read). The original parts are read loosely and reported by <see cref="UnreachedPartsReader"/>.
/// </summary>
internal static class PackageRepair
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string Declaration = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""";

    /// <summary>The package the SDK should open (the original when nothing needs repair) and the parts relationships point to that are not in it.</summary>
    public static (ReadOnlyMemory<byte> Content, IReadOnlyList<string> MissingParts) Repair(
        ReadOnlyMemory<byte> content, PackageInventory inventory, ExtractionContext context, CancellationToken cancellationToken)
    {
        using var archive = ZipGuard.Open(content, context);
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in archive.Entries)
        {
            // The first of two entries of the same name is the one readers find.
            var name = PackageInventory.PartName(entry.FullName);
            if (inventory.Contains(name))
            {
                entries.TryAdd(name, entry);
            }
        }

        var replaced = new Dictionary<string, byte[]?>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in inventory.Malformed.Where(n => n != PackageInventory.ContentTypes))
        {
            replaced[name] = PackageInventory.IsRelationships(name) ? EmptyRelationships() : EmptyRoot(entries[name]);
        }

        var missing = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, entry) in entries.Where(e => PackageInventory.IsRelationships(e.Key) && !inventory.IsMalformed(e.Key)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (WithoutDanglingTargets(name, entry, inventory, replaced, missing) is { } rewritten)
            {
                replaced[name] = rewritten;
            }
        }

        return (replaced.Count == 0 ? content : Rewrite(entries, replaced), missing.ToList());
    }

    /// <summary>
    /// The relationships part without the relationships whose internal target is not in the package (or
    /// was dropped as unreadable); null when it has none. Missing targets go to <paramref name="missing"/>.
    /// </summary>
    private static byte[]? WithoutDanglingTargets(
        string name, ZipArchiveEntry entry, PackageInventory inventory, Dictionary<string, byte[]?> replaced, ISet<string> missing)
    {
        XDocument relationships;
        using (var stream = entry.Open())
        using (var reader = XmlReader.Create(stream, SafeSettings))
        {
            // The package passed ZipGuard: this part's real size is bounded and charged, and it is well-formed.
            relationships = XDocument.Load(reader);
        }

        var source = PackageInventory.SourceOf(name);
        var dangling = new List<XElement>();
        foreach (var relationship in relationships.Root?.Elements().Where(e => e.Name.LocalName == "Relationship") ?? [])
        {
            if (string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)
                || Resolve(source, (string?)relationship.Attribute("Target")) is not { } target)
            {
                continue;
            }

            if (!inventory.Contains(target))
            {
                missing.Add(target);
                dangling.Add(relationship);
            }
            else if (replaced.TryGetValue(target, out var replacement) && replacement is null)
            {
                dangling.Add(relationship);
            }
        }

        if (dangling.Count == 0)
        {
            return null;
        }

        dangling.ForEach(r => r.Remove());
        return Serialize(relationships.Root!);
    }

    /// <summary>The part name a relationship target points to, relative to its source part; null when it is no part name.</summary>
    private static string? Resolve(string source, string? target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            return null;
        }

        try
        {
            var resolved = new Uri(new Uri("http://package/" + source), target.Trim());
            return resolved.Host == "package" ? PackageInventory.PartName(resolved.AbsolutePath) : null;
        }
        catch (UriFormatException)
        {
            // The SDK has its own handling of malformed targets; they are not a missing part.
            return null;
        }
    }

    /// <summary>The part's root element with its attributes and namespace declarations, nothing inside; null when not even that can be read.</summary>
    private static byte[]? EmptyRoot(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, SafeSettings);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return null;
            }

            var root = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
            while (reader.MoveToNextAttribute())
            {
                root.Add(reader.Name == "xmlns"
                    ? new XAttribute("xmlns", reader.Value)
                    : new XAttribute(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value));
            }

            return Serialize(root);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static byte[] EmptyRelationships() => Serialize(new XElement(XName.Get("Relationships", RelationshipsNamespace)));

    private static byte[] Serialize(XElement root) =>
        Encoding.UTF8.GetBytes(Declaration + root.ToString(SaveOptions.DisableFormatting));

    private static ReadOnlyMemory<byte> Rewrite(Dictionary<string, ZipArchiveEntry> entries, Dictionary<string, byte[]?> replaced)
    {
        using var output = new MemoryStream();
        using (var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, entry) in entries)
            {
                var isReplaced = replaced.TryGetValue(name, out var replacement);
                if (isReplaced && replacement is null)
                {
                    continue;
                }

                // Copied parts were checked by ZipGuard: their real size is bounded and already charged.
                using var target = copy.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (replacement is not null)
                {
                    target.Write(replacement);
                }
                else
                {
                    using var source = entry.Open();
                    source.CopyTo(target);
                }
            }
        }

        return output.ToArray();
    }

    private static readonly XmlReaderSettings SafeSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
}
