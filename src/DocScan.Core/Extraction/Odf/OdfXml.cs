using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocScan.Core.Extraction.OpenXml;

namespace DocScan.Core.Extraction.Odf;

/// <summary>
/// Parses one ODF part as the OOXML readers do: no DTD, no resolver, nesting checked first (the
/// walkers follow nesting by recursion). What is not well-formed is salvaged as loose text up to the
/// damage, so a clerk is told it is damaged and a reviewer still sees what it held.
/// </summary>
internal static class OdfXml
{
    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>The part's root element, or null when it is not well-formed (too deep nesting throws).</summary>
    public static XElement? TryLoad(ReadOnlyMemory<byte> bytes, string name)
    {
        using (var check = ContentStream.Open(bytes))
        {
            if (!XmlNestingGuard.Check(check, name))
            {
                return null;
            }
        }

        using var stream = ContentStream.Open(bytes);
        using var reader = XmlReader.Create(stream, Settings());
        // Whitespace is significant in ODF only through text:s; LibreOffice writes none between inline elements.
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root;
    }

    /// <summary>All the text of an element, a line per outermost element that holds text directly (a paragraph, in any namespace).</summary>
    public static string TextOf(XElement root)
    {
        static bool HoldsText(XElement e) => e.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value));

        // The outermost such element only: its value already holds its spans'.
        return string.Join('\n', root.DescendantsAndSelf()
            .Where(e => HoldsText(e) && !e.Ancestors().Any(HoldsText))
            .Select(e => e.Value));
    }

    /// <summary>The text of a damaged part up to where it breaks, a line per paragraph.</summary>
    public static string Salvage(ReadOnlyMemory<byte> bytes)
    {
        var text = new StringBuilder();
        try
        {
            using var stream = ContentStream.Open(bytes);
            using var reader = XmlReader.Create(stream, Settings());
            while (reader.Read())
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
                {
                    // Spans split words; only the end of a paragraph or cell ends one.
                    text.Append(reader.Value);
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName is "p" or "h")
                {
                    text.Append('\n');
                }
            }
        }
        catch (XmlException)
        {
            // The damage: everything before it is kept.
        }

        return text.ToString();
    }
}
