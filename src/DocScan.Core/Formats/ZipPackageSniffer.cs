using System.IO.Compression;
using System.Xml;

namespace DocScan.Core.Formats;

/// <summary>
/// Tells OOXML packages (and whether they carry macros) and ODF packages from other zips by their parts. Anything
/// that cannot be opened stays a plain zip, so the archive extractor reports it as corrupt.
/// </summary>
internal static class ZipPackageSniffer
{
    private const string ContentTypesPart = "[Content_Types].xml";

    /// <summary>[Content_Types].xml of real packages is a few KB; a larger one is not worth reading to sniff.</summary>
    private const int MaxContentTypesBytes = 256 * 1024;

    private static readonly PackageFamily[] Families =
    [
        new("word/document.xml", ["wordprocessingml", "ms-word"], ["word/_rels/document.xml.rels"], FileFormat.Docx, FileFormat.Docm),
        new("xl/workbook.xml", ["spreadsheetml", "ms-excel"], ["xl/_rels/workbook.xml.rels", "xl/worksheets/", "xl/sharedStrings.xml"], FileFormat.Xlsx, FileFormat.Xlsm),
        new("ppt/presentation.xml", ["presentationml", "ms-powerpoint"], ["ppt/_rels/presentation.xml.rels", "ppt/slides/"], FileFormat.Pptx, FileFormat.Pptm),
    ];

    public static bool HasSignature(ReadOnlySpan<byte> content) =>
        content.StartsWith("PK\x03\x04"u8) || content.StartsWith("PK\x05\x06"u8);

    public static SniffResult Sniff(ReadOnlySpan<byte> content)
    {
        try
        {
            // A span cannot back a Stream, so the zip is copied once to let ZipArchive read it.
            using var archive = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            return FromParts(archive.Entries);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // ZipArchive and its streams throw several exception types on damaged archives; sniffing must not.
            return new SniffResult(FileFormat.Zip);
        }
    }

    private static SniffResult FromParts(IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        if (OdfSniffer.FromPackage(entries) is { } odf)
        {
            // ODF macros (Basic/, Scripts/) are found by its extractor, which names the module.
            return new SniffResult(odf);
        }

        // A package that lost [Content_Types].xml or its main part is still that package, damaged: its
        // extractor reports it and reads the parts it still has, where a plain zip would read them as text.
        var contentTypesEntry = entries.FirstOrDefault(e => PartIs(e, ContentTypesPart));
        var contentTypes = contentTypesEntry is null ? [] : ReadContentTypes(contentTypesEntry);
        var family = Families.FirstOrDefault(f => entries.Any(e => PartIs(e, f.MainPart)))
            ?? Families.FirstOrDefault(f => contentTypes.Any(f.IsMainContentType))
            ?? Families.FirstOrDefault(f => entries.Any(f.HasPartsOf));
        if (family is null)
        {
            return new SniffResult(FileFormat.Zip);
        }

        var hasMacros = entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
            || contentTypes.Any(IsMacroContentType);
        return new SniffResult(hasMacros ? family.MacroEnabled : family.Plain, HasMacros: hasMacros);
    }

    private static bool PartIs(ZipArchiveEntry entry, string partName) =>
        string.Equals(entry.FullName.TrimStart('/'), partName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A macro-enabled main part, a VBA project, or an Excel 4.0 macro sheet: any of them runs code
    /// when the recipient opens the file.
    /// </summary>
    private static bool IsMacroContentType(string contentType) =>
        (contentType.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) && contentType.EndsWith("main+xml", StringComparison.OrdinalIgnoreCase))
        || contentType.Equals("application/vnd.ms-office.vbaProject", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("macrosheet+xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every ContentType declared by a Default or Override; empty when the part cannot be read.</summary>
    private static List<string> ReadContentTypes(ZipArchiveEntry entry)
    {
        var types = new List<string>();
        var buffer = new byte[MaxContentTypesBytes + 1];
        int length;
        using (var stream = entry.Open())
        {
            length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        if (length > MaxContentTypesBytes)
        {
            return types;
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(buffer, 0, length, writable: false), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "Default" or "Override"
                    && reader.GetAttribute("ContentType") is { } contentType)
                {
                    types.Add(contentType.Trim());
                }
            }
        }
        catch (XmlException)
        {
            // Keep what was declared before the damage; the extractor reports the broken package.
        }

        return types;
    }

    /// <param name="MainPart">Where Office puts the main part.</param>
    /// <param name="ContentTypeMarkers">Words in the main part's content type, for packages that put it elsewhere
    /// (macro-enabled types say "ms-word" where plain ones say "wordprocessingml").</param>
    /// <param name="OtherParts">Parts (or folders, ending in '/') only this family has, for a package that lost its main part.</param>
    private sealed record PackageFamily(string MainPart, string[] ContentTypeMarkers, string[] OtherParts, FileFormat Plain, FileFormat MacroEnabled)
    {
        public bool IsMainContentType(string contentType) =>
            contentType.EndsWith(".main+xml", StringComparison.OrdinalIgnoreCase)
            && ContentTypeMarkers.Any(m => contentType.Contains(m, StringComparison.OrdinalIgnoreCase));

        public bool HasPartsOf(ZipArchiveEntry entry)
        {
            var name = entry.FullName.TrimStart('/');
            return OtherParts.Any(part => part.EndsWith('/')
                ? name.StartsWith(part, StringComparison.OrdinalIgnoreCase) && name.Length > part.Length
                : string.Equals(name, part, StringComparison.OrdinalIgnoreCase));
        }
    }
}
