using System.Xml.Linq;
using DocScan.Core.Extraction.Odf;
using static DocScan.Core.Extraction.Odf.OdfNames;

namespace DocScan.Redaction.Odf;

/// <summary>
/// Masks one ODF part. A paragraph or heading is masked across its spans, each text node keeping its
/// span and so its style (text:s, text:tab and text:line-break stand between them and stay); notes,
/// frames and comments inside it are paragraphs of their own. Then every other text node and attribute
/// (cell values, formulas, user fields, alternative texts, properties) is masked on its own.
/// </summary>
internal static class OdfTextMasker
{
    public static bool Mask(XElement root, RedactionPlan plan)
    {
        var changed = false;
        foreach (var unit in root.DescendantsAndSelf().Where(IsUnit).ToList())
        {
            var pieces = new TextPieces<XText>();
            Collect(unit, pieces);
            foreach (var (node, text) in pieces.Mask(plan))
            {
                node.Value = text;
                changed = true;
            }
        }

        return DraftXml.MaskLeftovers(root, plan) | changed;
    }

    private static bool IsUnit(XElement element) => element.Name == Text + "p" || element.Name == Text + "h";

    private static void Collect(XElement parent, TextPieces<XText> pieces)
    {
        foreach (var node in parent.Nodes())
        {
            if (node is XText text)
            {
                pieces.Add(text, text.Value);
                continue;
            }

            if (node is not XElement child || IsUnit(child))
            {
                continue;
            }

            if (child.Name == Text + "s")
            {
                pieces.AddSeparator(OdfSpaces.Of(child));
            }
            else if (child.Name == Text + "tab")
            {
                pieces.AddSeparator("\t");
            }
            else if (child.Name == Text + "line-break")
            {
                pieces.AddSeparator("\n");
            }
            else if (child.Name != Text + "note" && child.Name != Office + "annotation" && child.Name.Namespace != Draw)
            {
                Collect(child, pieces);
            }
        }
    }
}
