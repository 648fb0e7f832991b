using System.IO.Compression;
using System.Text;

namespace DocScan.Core.Tests.Extraction.Odf;

/// <summary>
/// Writes ODF packages as ODF 1.3 §3.3 asks: <c>mimetype</c> first and stored, then the manifest and the
/// XML parts, each wrapped in its root with the usual namespace declarations.
/// </summary>
internal static class OdfBuilder
{
    public const string Text = "application/vnd.oasis.opendocument.text";
    public const string Spreadsheet = "application/vnd.oasis.opendocument.spreadsheet";
    public const string Presentation = "application/vnd.oasis.opendocument.presentation";

    public const string Namespaces =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " +
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" " +
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " +
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" " +
        "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" " +
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" " +
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" " +
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " +
        "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" " +
        "xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\" " +
        "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" " +
        "xmlns:ooo=\"http://openoffice.org/2004/office\" " +
        "xmlns:script=\"urn:oasis:names:tc:opendocument:xmlns:script:1.0\" office:version=\"1.3\"";

    /// <summary>content.xml with <paramref name="automaticStyles"/> and <paramref name="body"/> (the inside of office:body).</summary>
    public static string Content(string body, string automaticStyles = "") =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content {Namespaces}>" +
        $"<office:automatic-styles>{automaticStyles}</office:automatic-styles><office:body>{body}</office:body></office:document-content>";

    public static string Styles(string styles = "", string masterStyles = "") =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles {Namespaces}>" +
        $"<office:styles>{styles}</office:styles><office:master-styles>{masterStyles}</office:master-styles></office:document-styles>";

    public static string Meta(string properties) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta {Namespaces}><office:meta>{properties}</office:meta></office:document-meta>";

    public static string Manifest(string mediaType, string extra = "") =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">" +
        $"<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"{mediaType}\"/>{extra}</manifest:manifest>";

    /// <summary>A text document: <paramref name="body"/> goes inside office:text.</summary>
    public static byte[] TextDocument(string body, string automaticStyles = "", string? styles = null, string? meta = null, params (string Name, string Text)[] extra) =>
        Package(Text, Content($"<office:text>{body}</office:text>", automaticStyles), styles, meta, extra);

    public static byte[] Package(string mediaType, string content, string? styles = null, string? meta = null, params (string Name, string Text)[] extra)
    {
        var parts = new List<(string Name, string Text)> { ("content.xml", content) };
        if (styles is not null)
        {
            parts.Add(("styles.xml", styles));
        }

        if (meta is not null)
        {
            parts.Add(("meta.xml", meta));
        }

        parts.AddRange(extra);
        // LibreOffice refuses a package whose manifest does not list its parts.
        var listed = string.Concat(parts.Where(p => p.Name.EndsWith(".xml", StringComparison.Ordinal))
            .Select(p => $"<manifest:file-entry manifest:full-path=\"{p.Name}\" manifest:media-type=\"text/xml\"/>"));
        return Zip(mediaType, [("META-INF/manifest.xml", Manifest(mediaType, listed)), .. parts]);
    }

    /// <summary>Parts written as given (later parts with the same name as the manifest replace it).</summary>
    public static byte[] Zip(string mediaType, IEnumerable<(string Name, string Text)> parts)
    {
        var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var stream = archive.CreateEntry("mimetype", CompressionLevel.NoCompression).Open())
            {
                stream.Write(Encoding.ASCII.GetBytes(mediaType));
            }

            foreach (var (name, text) in parts.GroupBy(p => p.Name).Select(g => g.Last()))
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return output.ToArray();
    }

    /// <summary>A flat XML document (.fodt …): every part in one <c>office:document</c>.</summary>
    public static byte[] Flat(string mediaType, string inside) =>
        Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document {Namespaces} office:mimetype=\"{mediaType}\">{inside}</office:document>");

    /// <summary>The opening of a 函 as agencies write it; <paramref name="more"/> follows 說明.</summary>
    public static string Letter(string more) =>
        P("臺中市政府地政局　函") +
        P("受文者：臺中市北屯區公所") +
        P("發文字號：中市地價字第1130012345號") +
        P("主旨：檢送道路拓寬用地所有權人清冊乙份，請查照。") +
        P("說明：一、依據本府113年5月1日府授地字第1130098765號函辦理。") + more;

    public static string P(string text, string? style = null) =>
        style is null ? $"<text:p>{text}</text:p>" : $"<text:p text:style-name=\"{style}\">{text}</text:p>";
}
