using System.Xml.Linq;
using static DocScan.Core.Extraction.Odf.OdfNames;

namespace DocScan.Core.Extraction.Odf;

/// <summary>
/// Which tracked changes are deletions. ODF lets a deletion keep its text in place, between
/// <c>text:change-start</c> and <c>text:change-end</c> naming its <c>text:changed-region</c> (LibreOffice
/// writes flat documents so); the region then holds only who deleted it and when.
/// </summary>
internal static class OdfDeletions
{
    private static readonly XName XmlId = XNamespace.Xml + "id";

    public static IReadOnlySet<string> In(XElement? root)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in root?.Descendants(Text + "changed-region") ?? [])
        {
            if (region.Element(Text + "deletion") is not null)
            {
                foreach (var id in new[] { (string?)region.Attribute(Text + "id"), (string?)region.Attribute(XmlId) })
                {
                    if (id is not null)
                    {
                        ids.Add(id);
                    }
                }
            }
        }

        return ids;
    }

    /// <summary>The region a change mark names.</summary>
    public static string? IdOf(XElement mark) => (string?)mark.Attribute(Text + "change-id");

    /// <summary>The nodes of <paramref name="root"/> inside deletions marked in place, in document order.</summary>
    public static List<XNode> MarkedInPlace(XElement root, IReadOnlySet<string> deletions)
    {
        var open = new HashSet<string>(StringComparer.Ordinal);
        var inside = new List<XNode>();
        foreach (var node in root.DescendantNodes())
        {
            if (node is XElement mark && mark.Name == Text + "change-start" && IdOf(mark) is { } start && deletions.Contains(start))
            {
                open.Add(start);
            }
            else if (node is XElement end && end.Name == Text + "change-end" && IdOf(end) is { } id)
            {
                open.Remove(id);
            }
            else if (open.Count > 0 && (node is XText || node is XElement { Name.LocalName: "s" or "tab" or "line-break" } spacing && spacing.Name.Namespace == Text))
            {
                inside.Add(node);
            }
        }

        return inside;
    }
}
