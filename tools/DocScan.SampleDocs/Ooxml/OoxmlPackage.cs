using System.Text;
using DocScan.SampleDocs.Packaging;

namespace DocScan.SampleDocs.Ooxml;

/// <summary>
/// Assembles an Open Packaging Conventions zip from hand-written parts: content types, relationships
/// and parts in a fixed order, so the bytes are the same on every run.
/// </summary>
public sealed class OoxmlPackage
{
    private readonly List<(string Path, string? ContentType, byte[] Content)> _parts = [];
    private readonly Dictionary<string, List<(string Id, string Type, string Target)>> _relationships = [];
    private readonly SortedDictionary<string, string> _defaults = new(StringComparer.Ordinal)
    {
        ["rels"] = "application/vnd.openxmlformats-package.relationships+xml",
        ["xml"] = "application/xml",
    };

    /// <param name="path">Part name without the leading slash, e.g. <c>word/document.xml</c>.</param>
    /// <param name="contentType">Null when the extension's default content type applies.</param>
    public OoxmlPackage AddPart(string path, string? contentType, string xml) =>
        AddPart(path, contentType, Encoding.UTF8.GetBytes(xml));

    public OoxmlPackage AddPart(string path, string? contentType, byte[] content)
    {
        _parts.Add((path, contentType, content));
        return this;
    }

    public OoxmlPackage AddDefault(string extension, string contentType)
    {
        _defaults[extension] = contentType;
        return this;
    }

    /// <param name="source">The part the relationship starts from; empty for the package itself.</param>
    /// <param name="target">Target as written in the .rels file (relative to the source's folder).</param>
    public OoxmlPackage Relate(string source, string id, string type, string target)
    {
        if (!_relationships.TryGetValue(source, out var list))
        {
            _relationships[source] = list = [];
        }

        list.Add((id, type, target));
        return this;
    }

    public byte[] Build()
    {
        var entries = new List<(string, byte[])> { ("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes())) };
        if (_relationships.ContainsKey(""))
        {
            entries.Add(("_rels/.rels", Encoding.UTF8.GetBytes(RelationshipsXml(""))));
        }

        foreach (var (path, _, content) in _parts)
        {
            entries.Add((path, content));
            if (_relationships.ContainsKey(path))
            {
                var slash = path.LastIndexOf('/');
                var relsPath = path[..(slash + 1)] + "_rels/" + path[(slash + 1)..] + ".rels";
                entries.Add((relsPath, Encoding.UTF8.GetBytes(RelationshipsXml(path))));
            }
        }

        return DeterministicZip.Create(entries);
    }

    private string ContentTypes()
    {
        var xml = new StringBuilder(Xml.Declaration)
            .Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        foreach (var (extension, type) in _defaults)
        {
            xml.Append($"<Default Extension=\"{extension}\" ContentType=\"{type}\"/>");
        }

        foreach (var (path, type, _) in _parts)
        {
            if (type is not null)
            {
                xml.Append($"<Override PartName=\"/{path}\" ContentType=\"{type}\"/>");
            }
        }

        return xml.Append("</Types>").ToString();
    }

    private string RelationshipsXml(string source)
    {
        var xml = new StringBuilder(Xml.Declaration)
            .Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        foreach (var (id, type, target) in _relationships[source])
        {
            xml.Append($"<Relationship Id=\"{id}\" Type=\"{type}\" Target=\"{Xml.Escape(target)}\"/>");
        }

        return xml.Append("</Relationships>").ToString();
    }
}
