using System.Xml.Linq;

namespace DocScan.Redaction.Ooxml;

/// <summary>
/// Masks one XML part of an OOXML package. Text a reader sees as one (a Word or DrawingML paragraph,
/// a shared string, a comment) is masked across its runs; then every other text node and attribute
/// (field codes, properties, alt text, link targets, chart caches, custom XML) is masked on its own.
/// </summary>
internal static class XmlTextMasker
{
    private static readonly XNamespace Xml = XNamespace.Xml;

    private static readonly HashSet<string> WordNamespaces =
        ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"];

    private static readonly HashSet<string> DrawingNamespaces =
        ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"];

    private static readonly HashSet<string> SheetNamespaces =
        ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];

    private static readonly HashSet<string> MathNamespaces =
        ["http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math"];

    /// <summary>Masks the document in place; true when anything changed.</summary>
    public static bool Mask(XDocument document, RedactionPlan plan)
    {
        if (document.Root is null)
        {
            return false;
        }

        var changed = false;
        foreach (var unit in document.Root.DescendantsAndSelf().Where(IsUnit).ToList())
        {
            var pieces = new TextPieces<XElement>();
            Collect(unit, pieces);
            foreach (var (element, text) in pieces.Mask(plan))
            {
                SetText(element, text);
                changed = true;
            }
        }

        changed |= DraftXml.MaskLeftovers(document.Root, plan);
        return changed;
    }

    private static bool IsUnit(XElement element)
    {
        var ns = element.Name.NamespaceName;
        var name = element.Name.LocalName;
        return name == "p" && (WordNamespaces.Contains(ns) || DrawingNamespaces.Contains(ns))
            || name is "si" or "is" or "text" && SheetNamespaces.Contains(ns);
    }

    /// <summary>The text pieces of a unit in document order; nested units (a text box's paragraphs) are masked on their own.</summary>
    private static void Collect(XElement parent, TextPieces<XElement> pieces)
    {
        foreach (var child in parent.Elements())
        {
            if (IsUnit(child))
            {
                continue;
            }

            var ns = child.Name.NamespaceName;
            switch (child.Name.LocalName)
            {
                case "t" when WordNamespaces.Contains(ns) || DrawingNamespaces.Contains(ns) || MathNamespaces.Contains(ns) || SheetNamespaces.Contains(ns):
                    pieces.Add(child, child.Value);
                    break;
                case "tab" when WordNamespaces.Contains(ns) && child.Parent?.Name.LocalName == "r":
                    pieces.AddSeparator("\t");
                    break;
                case "br" or "cr" when WordNamespaces.Contains(ns) || DrawingNamespaces.Contains(ns):
                    pieces.AddSeparator("\n");
                    break;
                case "rPh" when SheetNamespaces.Contains(ns):
                    // Phonetic guides are not shown in the cell: masked as text of their own.
                    break;
                case "instrText" or "delInstrText":
                    break;
                default:
                    Collect(child, pieces);
                    break;
            }
        }
    }

    private static void SetText(XElement element, string text)
    {
        element.Value = text;
        var needsPreserve = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
        var ns = element.Name.NamespaceName;
        if (needsPreserve && (WordNamespaces.Contains(ns) || SheetNamespaces.Contains(ns)))
        {
            element.SetAttributeValue(Xml + "space", "preserve");
        }
    }
}
