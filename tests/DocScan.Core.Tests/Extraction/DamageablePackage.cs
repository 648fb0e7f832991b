using System.Text;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Extraction;

/// <summary>
/// An OOXML package written part by part, as Office writes them, so that a test can take one part
/// away or damage it and see what the scanner makes of the rest.
/// </summary>
internal sealed class DamageablePackage
{
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly List<(string Name, byte[] Data)> _parts;

    public DamageablePackage(params (string Name, string Xml)[] parts) =>
        _parts = parts.Select(p => (p.Name, Encoding.UTF8.GetBytes(p.Xml))).ToList();

    private DamageablePackage(List<(string Name, byte[] Data)> parts) => _parts = parts;

    public byte[] Build() => ZipBuilder.Build([.. _parts]);

    /// <summary>The package with its parts stored uncompressed, so a test can change a part's bytes in place.</summary>
    public byte[] BuildStored() => ZipBuilder.Build(null, System.IO.Compression.CompressionLevel.NoCompression, [.. _parts]);

    public DamageablePackage Without(string name)
    {
        Assert.Contains(_parts, p => p.Name == name);
        return new DamageablePackage(_parts.Where(p => p.Name != name).ToList());
    }

    public DamageablePackage With(string name, string xml) => With(name, Encoding.UTF8.GetBytes(xml));

    /// <summary>The package with one more entry, which no relationship leads to.</summary>
    public DamageablePackage With(string name, byte[] data) => new([.. _parts, (name, data)]);

    /// <summary>The part cut off just before <paramref name="marker"/>, as a failed copy or upload leaves it.</summary>
    public DamageablePackage TruncatedBefore(string name, string marker) =>
        Change(name, xml => xml[..IndexOf(xml, marker)]);

    /// <summary>Markup broken just before <paramref name="marker"/> (bytes overwritten): the XML is no longer well-formed there.</summary>
    public DamageablePackage BrokenBefore(string name, string marker) =>
        Change(name, xml => xml.Insert(IndexOf(xml, marker), "<<\u0001 />"));

    public DamageablePackage Change(string name, Func<string, string> change)
    {
        var part = Assert.Single(_parts, p => p.Name == name);
        var changed = Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(part.Data)));
        return new DamageablePackage(_parts.Select(p => p.Name == name ? (name, changed) : p).ToList());
    }

    public static string ContentTypes(params (string Part, string Type)[] overrides) =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"""
        + """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"""
        + """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"""
        + """<Default Extension="xml" ContentType="application/xml"/>"""
        + string.Concat(overrides.Select(o => $"""<Override PartName="/{o.Part}" ContentType="{o.Type}"/>"""))
        + "</Types>";

    /// <param name="relationships">Id, type (the last segment of its URI) and target of each.</param>
    public static string RelationshipsPart(params (string Id, string Type, string Target)[] relationships) =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"""
        + """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
        + string.Concat(relationships.Select(r => $"""<Relationship Id="{r.Id}" Type="{TypeUri(r.Type)}" Target="{r.Target}"/>"""))
        + "</Relationships>";

    private static string TypeUri(string type) => type == "core-properties"
        ? "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        : $"{Relationships}/{type}";

    private static int IndexOf(string xml, string marker)
    {
        var at = xml.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at > 0, $"'{marker}' is not in the part");
        return at;
    }
}
