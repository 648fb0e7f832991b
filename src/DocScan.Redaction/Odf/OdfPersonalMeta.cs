using System.Xml.Linq;
using static DocScan.Core.Extraction.Odf.OdfNames;

namespace DocScan.Redaction.Odf;

/// <summary>
/// People's names LibreOffice writes into meta.xml (File → Properties): who created the document, who
/// saved it last, who printed it. LibreOffice's "remove personal information on saving" takes out the same.
/// </summary>
internal static class OdfPersonalMeta
{
    private static readonly XName[] Personal = [Meta + "initial-creator", Dc + "creator", Meta + "printed-by"];

    public static bool Remove(XElement root)
    {
        var found = root.Descendants(Office + "meta").Elements().Where(e => Personal.Contains(e.Name)).ToList();
        found.ForEach(e => e.Remove());
        return found.Count > 0;
    }
}
