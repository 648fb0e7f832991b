using System.Xml.Linq;

namespace DocScan.Core.Extraction.Odf;

/// <summary>The ODF 1.3 namespaces the readers look at.</summary>
internal static class OdfNames
{
    public static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    public static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    public static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    public static readonly XNamespace Draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    public static readonly XNamespace Presentation = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0";
    public static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    public static readonly XNamespace Meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    public static readonly XNamespace Svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

    /// <summary>Where flat ODF keeps embedded Basic libraries (<c>office:scripts/office:script/ooo:libraries</c>).</summary>
    public static readonly XNamespace Ooo = "http://openoffice.org/2004/office";

    /// <summary>The logical parts a package splits a document into; a flat document holds them all in one root.</summary>
    public const string ContentPart = "content.xml";
    public const string StylesPart = "styles.xml";
    public const string MetaPart = "meta.xml";
}
