using System.IO.Compression;
using System.Xml.Linq;
using DocScan.Core.Extraction;

namespace DocScan.Redaction.Ooxml;

/// <summary>
/// The last pass over an OOXML package, part by part as stored in the zip: every XML part masked
/// (<see cref="XmlTextMasker"/>), people's names taken out of the document properties, the thumbnail
/// of the first page dropped, and embedded documents redacted by their own writers.
/// </summary>
internal static class PackageXmlMasker
{
    private const string ThumbnailRelationship = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    public static async Task<byte[]> MaskAsync(byte[] package, DraftInput input, CancellationToken cancellationToken)
    {
        using var source = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        var entries = new List<(ZipArchiveEntry Entry, byte[] Content)>();
        foreach (var entry in source.Entries)
        {
            entries.Add((entry, await ZipEntries.ReadAsync(entry, cancellationToken).ConfigureAwait(false)));
        }

        var thumbnails = ThumbnailParts(entries);
        if (thumbnails.Count > 0)
        {
            input.Log.Note($"「{input.Display}」：已移除文件縮圖（縮圖是第一頁的影像，可能含個資）。");
        }

        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entry, original) in entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (thumbnails.Contains(entry.FullName))
                {
                    continue;
                }

                var content = IsXml(entry.FullName, original)
                    ? MaskXml(original, entry.FullName, thumbnails, input)
                    : await input.WriteNestedAsync(original, entry.FullName, cancellationToken).ConfigureAwait(false);
                await ZipEntries.WriteAsync(target, entry.FullName, entry.LastWriteTime, content, cancellationToken).ConfigureAwait(false);
            }
        }

        return output.ToArray();
    }

    private static byte[] MaskXml(byte[] content, string name, HashSet<string> thumbnails, DraftInput input)
    {
        var document = Load(content);
        var changed = XmlTextMasker.Mask(document, input.Plan);
        changed |= PersonalProperties.Remove(document, input);
        if (thumbnails.Count > 0)
        {
            changed |= DropThumbnailReferences(document, name, thumbnails);
        }

        return changed ? Save(document) : content;
    }

    /// <summary>Zip names of the thumbnail parts the package relationships point to.</summary>
    private static HashSet<string> ThumbnailParts(List<(ZipArchiveEntry Entry, byte[] Content)> entries)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var rels = entries.FirstOrDefault(e => e.Entry.FullName == "_rels/.rels");
        if (rels.Entry is null)
        {
            return found;
        }

        foreach (var relationship in Load(rels.Content).Root?.Elements(Relationships + "Relationship") ?? [])
        {
            if ((string?)relationship.Attribute("Type") == ThumbnailRelationship && (string?)relationship.Attribute("Target") is { } target)
            {
                found.Add(Uri.UnescapeDataString(target.TrimStart('/')));
            }
        }

        return found;
    }

    private static bool DropThumbnailReferences(XDocument document, string name, HashSet<string> thumbnails)
    {
        var removed = false;
        if (name == "_rels/.rels")
        {
            foreach (var relationship in document.Root!.Elements(Relationships + "Relationship")
                .Where(r => (string?)r.Attribute("Type") == ThumbnailRelationship).ToList())
            {
                relationship.Remove();
                removed = true;
            }
        }
        else if (name == "[Content_Types].xml")
        {
            foreach (var entry in document.Root!.Elements(ContentTypes + "Override")
                .Where(o => thumbnails.Contains(((string?)o.Attribute("PartName") ?? "").TrimStart('/'))).ToList())
            {
                entry.Remove();
                removed = true;
            }
        }

        return removed;
    }

    private static bool IsXml(string name, byte[] content) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".psmdcp", StringComparison.OrdinalIgnoreCase)
        || StartsLikeXml(content);

    private static bool StartsLikeXml(byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        return span.TrimStart(" \t\r\n"u8).StartsWith("<?xml"u8);
    }

    private static XDocument Load(byte[] content) => DraftXml.Load(content);

    private static byte[] Save(XDocument document) => DraftXml.Save(document);
}
