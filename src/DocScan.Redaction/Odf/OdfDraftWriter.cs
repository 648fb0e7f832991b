using System.IO.Compression;
using System.Xml.Linq;
using DocScan.Core.Extraction.Odf;
using DocScan.Core.Formats;
using static DocScan.Core.Extraction.Odf.OdfNames;

namespace DocScan.Redaction.Odf;

/// <summary>
/// OpenDocument drafts, with the Office drafts' guarantees: tracked changes accepted, comments and hidden
/// text removed (<see cref="OdfCleanup"/>), every value masked in place (<see cref="OdfTextMasker"/>),
/// people's names taken out of meta.xml, rendered previews that would show the unmasked text dropped
/// (LibreOffice draws them again), embedded objects and files redacted like the rest. The package keeps
/// <c>mimetype</c> first and stored, as ODF requires.
/// </summary>
internal sealed class OdfDraftWriter : IDraftWriter
{
    // Macro-carrying documents never get here: macros block a document.
    public bool CanWrite(FileFormat format) => format is FileFormat.Odt or FileFormat.Ods or FileFormat.Odp;

    public async Task<byte[]> WriteAsync(DraftInput input, CancellationToken cancellationToken)
    {
        var content = input.Content.ToArray();
        if (!ZipPackageSniffer.HasSignature(content))
        {
            var flat = DraftXml.Load(content);
            var counts = OdfCleanup.Clean(flat.Root!, OdfStyles.For(flat.Root, flat.Root), OdfDeletions.In(flat.Root));
            var personal = OdfPersonalMeta.Remove(flat.Root!);
            counts.Cells += OdfCells.ToText(flat.Root!, input.Plan);
            OdfTextMasker.Mask(flat.Root!, input.Plan);
            Report(counts, personal, dropped: false, input);
            return DraftXml.Save(flat);
        }

        using var source = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        var entries = new List<(ZipArchiveEntry Entry, byte[] Content)>();
        foreach (var entry in source.Entries)
        {
            entries.Add((entry, await ZipEntries.ReadAsync(entry, cancellationToken).ConfigureAwait(false)));
        }

        var dropped = entries.Select(e => e.Entry.FullName).Where(IsPreview).ToHashSet(StringComparer.Ordinal);
        var xml = entries.Where(e => IsXml(e.Entry.FullName) && !dropped.Contains(e.Entry.FullName))
            .ToDictionary(e => e.Entry.FullName, e => DraftXml.Load(e.Content), StringComparer.Ordinal);
        var (cleaned, removedPersonal) = Clean(xml, dropped);
        foreach (var document in xml.Values)
        {
            cleaned.Cells += OdfCells.ToText(document.Root!, input.Plan);
            OdfTextMasker.Mask(document.Root!, input.Plan);
        }

        Report(cleaned, removedPersonal, dropped.Count > 0, input);
        return await WritePackageAsync(entries, xml, dropped, input, cancellationToken).ConfigureAwait(false);
    }

    private static (OdfCleanup.Counts Counts, bool Personal) Clean(Dictionary<string, XDocument> xml, HashSet<string> dropped)
    {
        var counts = new OdfCleanup.Counts();
        var personal = false;
        // Changes to headers are recorded with the body's, in content.xml: known before either is cleaned.
        var deletions = xml.Where(p => p.Key.EndsWith(ContentPart, StringComparison.Ordinal))
            .ToDictionary(p => p.Key[..^ContentPart.Length], p => OdfDeletions.In(p.Value.Root), StringComparer.Ordinal);
        foreach (var (name, document) in xml)
        {
            var folder = name[..(name.LastIndexOf('/') + 1)];
            var part = name[folder.Length..];
            var styles = xml.GetValueOrDefault(folder + StylesPart)?.Root;
            if (part is ContentPart or StylesPart)
            {
                var marked = deletions.GetValueOrDefault(folder) ?? new HashSet<string>();
                counts.Add(OdfCleanup.Clean(document.Root!, OdfStyles.For(document.Root, styles), marked));
                RemovePreviewReferences(document.Root!, folder, dropped);
            }
            else if (part == MetaPart)
            {
                personal |= OdfPersonalMeta.Remove(document.Root!);
            }
            else if (name == "META-INF/manifest.xml")
            {
                document.Root!.Elements(Manifest + "file-entry")
                    .Where(e => dropped.Contains((string?)e.Attribute(Manifest + "full-path") ?? "")).Remove();
            }
        }

        return (counts, personal);
    }

    /// <summary>Images that showed a dropped preview (a table's or an object's rendering) go with it.</summary>
    private static void RemovePreviewReferences(XElement root, string folder, HashSet<string> dropped)
    {
        XNamespace xlink = "http://www.w3.org/1999/xlink";
        root.Descendants(Draw + "image")
            .Where(image => (string?)image.Attribute(xlink + "href") is { } href
                && dropped.Contains(folder + (href.StartsWith("./", StringComparison.Ordinal) ? href[2..] : href)))
            .Remove();
    }

    private static async Task<byte[]> WritePackageAsync(
        List<(ZipArchiveEntry Entry, byte[] Content)> entries, Dictionary<string, XDocument> xml, HashSet<string> dropped,
        DraftInput input, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // ODF 1.3 §3.3: mimetype is the first entry, stored, so the type can be read at a fixed offset.
            if (entries.FirstOrDefault(e => e.Entry.FullName == "mimetype") is { Entry: not null } mimetype)
            {
                var entry = target.CreateEntry("mimetype", CompressionLevel.NoCompression);
                entry.LastWriteTime = mimetype.Entry.LastWriteTime;
                await using var stream = entry.Open();
                await stream.WriteAsync(mimetype.Content, cancellationToken).ConfigureAwait(false);
            }

            foreach (var (entry, original) in entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = entry.FullName;
                if (name == "mimetype" || dropped.Contains(name))
                {
                    continue;
                }

                var content = xml.TryGetValue(name, out var document) ? DraftXml.Save(document)
                    : name.EndsWith('/') ? original
                    : await input.WriteNestedAsync(original, name, cancellationToken).ConfigureAwait(false);
                await ZipEntries.WriteAsync(target, name, entry.LastWriteTime, content, cancellationToken).ConfigureAwait(false);
            }
        }

        return output.ToArray();
    }

    private static void Report(OdfCleanup.Counts counts, bool personal, bool dropped, DraftInput input)
    {
        var done = new List<string?> { counts.Describe() };
        if (personal)
        {
            done.Add("移除文件屬性中的作者、最後修改者與列印者");
        }

        if (dropped)
        {
            done.Add("移除文件縮圖與預覽影像（由 LibreOffice 開啟時重新產生）");
        }

        if (done.Any(d => d is not null))
        {
            input.Log.Note($"「{input.Display}」：已{string.Join("、", done.OfType<string>())}。");
        }
    }

    private static bool IsXml(string name) => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>Renderings of pages, tables and objects: they repeat the text as it was, unmasked.</summary>
    private static bool IsPreview(string name) =>
        name.StartsWith("Thumbnails/", StringComparison.Ordinal) && !name.EndsWith('/')
        || name.StartsWith("ObjectReplacements/", StringComparison.Ordinal) && !name.EndsWith('/')
        || name.StartsWith("Pictures/", StringComparison.Ordinal) && name.EndsWith(".svm", StringComparison.OrdinalIgnoreCase);
}
