using System.IO.Compression;
using System.Text;
using System.Xml;

namespace DocScan.Core.Formats;

/// <summary>
/// Tells OpenDocument files by what ODF 1.2 §3.3 makes them declare: a package's <c>mimetype</c>
/// entry (or, when that is lost, the media type of <c>/</c> in <c>META-INF/manifest.xml</c>), and a
/// flat document's <c>office:mimetype</c> on its <c>office:document</c> root.
/// </summary>
internal static class OdfSniffer
{
    public const string OfficeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string ManifestNamespace = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

    /// <summary>A real mimetype entry is under 100 bytes; a manifest a few KB.</summary>
    private const int MaxMimetypeBytes = 256;
    private const int MaxManifestBytes = 256 * 1024;

    /// <summary>Only the root element of a flat document is read; it comes after at most a prolog.</summary>
    private const int FlatHeadBytes = 64 * 1024;

    /// <summary>The ODF format of a zip, or null when it declares none.</summary>
    public static FileFormat? FromPackage(IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        var mimetype = entries.FirstOrDefault(e => e.FullName == "mimetype");
        if (mimetype is not null && FromMediaType(ReadSmall(mimetype, MaxMimetypeBytes)) is { } format)
        {
            return format;
        }

        var manifest = entries.FirstOrDefault(e => e.FullName == "META-INF/manifest.xml");
        return manifest is null ? null : FromMediaType(ManifestRootMediaType(manifest));
    }

    /// <summary>The ODF format of a flat XML document (<c>.fodt</c> …), or null when it is not one.</summary>
    public static FileFormat? FromFlatXml(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, FlatHeadBytes)];
        if (head.IndexOf("office:document"u8) < 0 && head.IndexOf("opendocument"u8) < 0)
        {
            return null;
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(head.ToArray(), writable: false), settings);
            return reader.MoveToContent() == XmlNodeType.Element
                && reader.LocalName == "document" && reader.NamespaceURI == OfficeNamespace
                ? FromMediaType(reader.GetAttribute("mimetype", OfficeNamespace))
                : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>Text, spreadsheet and presentation, and their templates; drawings, charts and formulas are not documents a clerk sends.</summary>
    public static FileFormat? FromMediaType(string? mediaType) => mediaType?.Trim() switch
    {
        "application/vnd.oasis.opendocument.text" or "application/vnd.oasis.opendocument.text-template"
            or "application/vnd.oasis.opendocument.text-master" => FileFormat.Odt,
        "application/vnd.oasis.opendocument.spreadsheet" or "application/vnd.oasis.opendocument.spreadsheet-template" => FileFormat.Ods,
        "application/vnd.oasis.opendocument.presentation" or "application/vnd.oasis.opendocument.presentation-template" => FileFormat.Odp,
        _ => null,
    };

    private static string? ReadSmall(ZipArchiveEntry entry, int limit)
    {
        var buffer = new byte[limit + 1];
        using var stream = entry.Open();
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return length > limit ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }

    private static string? ManifestRootMediaType(ZipArchiveEntry entry)
    {
        var text = ReadSmall(entry, MaxManifestBytes);
        if (text is null)
        {
            return null;
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "file-entry"
                    && reader.GetAttribute("full-path", ManifestNamespace) == "/")
                {
                    return reader.GetAttribute("media-type", ManifestNamespace);
                }
            }
        }
        catch (XmlException)
        {
            // A damaged manifest declares nothing we can trust.
        }

        return null;
    }
}
