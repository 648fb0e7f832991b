using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DocScan.Redaction;

/// <summary>XML parts of drafts (OOXML and ODF): read without DTDs, written back as UTF-8 without a BOM.</summary>
internal static class DraftXml
{
    public static XDocument Load(byte[] content)
    {
        using var reader = XmlReader.Create(new MemoryStream(content, writable: false),
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    public static byte[] Save(XDocument document)
    {
        using var output = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = document.Declaration is null };
        using (var writer = XmlWriter.Create(output, settings))
        {
            document.Save(writer);
        }

        return output.ToArray();
    }

    /// <summary>
    /// Masks every text node and attribute of <paramref name="root"/> on its own: what the format's own
    /// pass (paragraphs joined across runs or spans) did not already rewrite. True when anything changed.
    /// </summary>
    public static bool MaskLeftovers(XElement root, RedactionPlan plan)
    {
        var changed = false;
        foreach (var node in root.DescendantNodes().OfType<XText>().ToList())
        {
            var masked = plan.Apply(node.Value);
            if (masked != node.Value)
            {
                node.Value = masked;
                changed = true;
            }
        }

        foreach (var attribute in root.DescendantsAndSelf().Attributes().Where(a => !a.IsNamespaceDeclaration).ToList())
        {
            // All-digit attributes are measures and ids; a digits-only value (a phone) is never one of them by design.
            if (attribute.Value.All(char.IsAsciiDigit))
            {
                continue;
            }

            var masked = plan.Apply(attribute.Value);
            if (masked != attribute.Value)
            {
                attribute.Value = masked;
                changed = true;
            }
        }

        return changed;
    }
}
