using System.IO.Compression;
using System.Xml.Linq;
using DocScan.Core.Formats;
using static DocScan.Core.Extraction.Odf.OdfNames;

namespace DocScan.Core.Extraction.Odf;

/// <summary>
/// Opens an ODF package (zip, through <see cref="ZipGuard"/>) or a flat XML document into the parts the
/// readers walk. Rendered previews (Thumbnails/, ObjectReplacements/, Pictures/*.svm) repeat text already read
/// and are left out; raster pictures (Pictures/*.png, .jpg…) are kept for OCR (without it, a picture large enough to hold text is needs-ocr); an encrypted package stops with <c>encrypted</c>; a damaged part is a <c>corrupt</c>
/// problem whose text up to the damage is still read.
/// </summary>
internal static class OdfPackageReader
{
    private static readonly string[] PartNames = [ContentPart, StylesPart, MetaPart];

    // Library and dialog indexes name modules; the modules themselves are the code.
    private static readonly string[] BasicIndexes = ["script-lc.xml", "script-lb.xml", "dialog-lc.xml", "dialog-lb.xml"];

    public static OdfPackage Read(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken) =>
        ZipPackageSniffer.HasSignature(input.Content.Span)
            ? ReadZip(input, context, cancellationToken)
            : ReadFlat(input, context);

    private static OdfPackage ReadZip(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        using var archive = ZipGuard.Open(input.Content, context);
        var parts = new Dictionary<string, Dictionary<string, XElement?>>(StringComparer.Ordinal);
        var macros = new List<string>();
        var embedded = new List<(string, ReadOnlyMemory<byte>)>();
        var pictures = new List<(string, ReadOnlyMemory<byte>)>();
        // LibreOffice writes the manifest last; encrypted parts must not be taken for damaged ones first.
        if (archive.Entries.FirstOrDefault(e => e.FullName == "META-INF/manifest.xml") is { } manifest)
        {
            CheckNotEncrypted(manifest, input, context, cancellationToken);
        }

        foreach (var entry in archive.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = entry.FullName;
            if (name.EndsWith('/'))
            {
                continue;
            }

            if (IsMacro(name))
            {
                macros.Add(name);
            }
            else if (SplitPart(name) is var (folder, part) && !IsPreview(name))
            {
                var root = Load(entry, input, context, cancellationToken);
                if (!parts.TryGetValue(folder, out var document))
                {
                    parts[folder] = document = new Dictionary<string, XElement?>(StringComparer.Ordinal);
                }

                document[part] = root;
            }
            else if (name.StartsWith("Pictures/", StringComparison.Ordinal) && Ocr.PictureFiles.IsRaster(name))
            {
                // Pasted screenshots and scans, read by OCR (or needs-ocr without it); previews of tables and objects (.svm) repeat text read elsewhere.
                pictures.Add((name, ZipGuard.ReadEntry(entry, context, cancellationToken).Content.ToArray()));
            }
            else if (!name.Contains('/') && name.StartsWith("Object ", StringComparison.Ordinal))
            {
                // An OLE object (an embedded workbook, a packaged file) kept as a file of its own.
                embedded.Add((name, ZipGuard.ReadEntry(entry, context, cancellationToken).Content.ToArray()));
            }
        }

        if (!parts.TryGetValue("", out var main) || !main.ContainsKey(ContentPart))
        {
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{context.DocumentWords(input.Name)}」找不到文件內容（content.xml），檔案可能已損毀或被截斷。");
        }

        var documents = parts.OrderBy(p => p.Key.Length == 0 ? "" : "1" + p.Key, StringComparer.Ordinal)
            .Select(p => new OdfDocumentParts(p.Key, p.Value.GetValueOrDefault(ContentPart), p.Value.GetValueOrDefault(StylesPart), p.Value.GetValueOrDefault(MetaPart)))
            .ToList();
        return new OdfPackage(documents, macros, embedded, pictures);
    }

    private static OdfPackage ReadFlat(ExtractionInput input, ExtractionContext context)
    {
        var root = OdfXml.TryLoad(input.Content, input.Name);
        if (root is null)
        {
            AddDamaged(input.Name, input, input.Content, SegmentSources.Body, context);
            return new OdfPackage([], [], [], []);
        }

        // Embedded Basic libraries are written inline: ooo:libraries/ooo:library-embedded/ooo:module.
        var scripts = root.Element(Office + "scripts");
        var macros = scripts is not null && scripts.Descendants().Any(e => e.Name == Ooo + "module" || e.Name == Ooo + "source-code")
            ? new[] { "office:scripts" }
            : [];
        return new OdfPackage([new OdfDocumentParts("", root, root, root)], macros, [], []);
    }

    private static XElement? Load(ZipArchiveEntry entry, ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        var (bytes, intact) = ZipGuard.ReadEntry(entry, context, cancellationToken);
        var root = OdfXml.TryLoad(bytes, entry.FullName);
        if (root is null)
        {
            AddDamaged(entry.FullName, input, bytes, entry.FullName.EndsWith(MetaPart, StringComparison.Ordinal) ? SegmentSources.Metadata : SegmentSources.Body, context);
        }
        else if (!intact)
        {
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{context.DocumentWords(input.Name)}」的{Reporting.LocationWords.OfPart(entry.FullName)}檢查碼不符（傳輸中損毀），內容可能與原文件不同。");
        }

        return root;
    }

    /// <summary>The part is reported, and its text up to the damage is still scanned.</summary>
    private static void AddDamaged(string part, ExtractionInput input, ReadOnlyMemory<byte> bytes, string source, ExtractionContext context)
    {
        context.AddProblem(ProblemCodes.Corrupt,
            $"「{context.DocumentWords(input.Name)}」的{Reporting.LocationWords.OfPart(part)}已損毀，僅能讀取損毀處之前的文字，未能完整掃描。");
        context.Add(OdfXml.Salvage(bytes), source, part, hidden: source == SegmentSources.Metadata);
    }

    private static void CheckNotEncrypted(ZipArchiveEntry entry, ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        var (bytes, _) = ZipGuard.ReadEntry(entry, context, cancellationToken);
        var manifest = OdfXml.TryLoad(bytes, entry.FullName);
        // A manifest too damaged to read cannot say; the parts themselves then fail to parse as XML.
        if (manifest is not null && manifest.Descendants(Manifest + "encryption-data").Any())
        {
            throw new ScanProblemException(ProblemCodes.Encrypted,
                "是以密碼加密的 ODF 文件，無法檢查內容；請解除密碼後重新送掃。");
        }
    }

    /// <summary>Basic modules (<c>Basic/Standard/Module1.xml</c>) and scripts (<c>Scripts/python/…</c>), in the document or an object.</summary>
    private static bool IsMacro(string name)
    {
        var segments = name.Split('/');
        var basic = Array.IndexOf(segments, "Basic");
        return Array.IndexOf(segments, "Scripts") is >= 0 and var scripts && scripts < segments.Length - 1
            || basic >= 0 && basic < segments.Length - 2 && !BasicIndexes.Contains(segments[^1]);
    }

    /// <summary>content.xml, styles.xml or meta.xml of the document or of an object folder.</summary>
    private static (string Folder, string Part)? SplitPart(string name)
    {
        var slash = name.LastIndexOf('/');
        var part = name[(slash + 1)..];
        return PartNames.Contains(part) ? (name[..(slash + 1)], part) : null;
    }

    private static bool IsPreview(string name) =>
        name.StartsWith("Thumbnails/", StringComparison.Ordinal) || name.StartsWith("ObjectReplacements/", StringComparison.Ordinal)
        || name.StartsWith("Pictures/", StringComparison.Ordinal) || name.StartsWith("Configurations2/", StringComparison.Ordinal)
        || name.StartsWith("META-INF/", StringComparison.Ordinal);
}
