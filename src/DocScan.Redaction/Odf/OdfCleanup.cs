using System.Xml.Linq;
using DocScan.Core.Extraction.Odf;
using static DocScan.Core.Extraction.Odf.OdfNames;

namespace DocScan.Redaction.Odf;

/// <summary>
/// Makes an ODF part the text a reader sees, before masking, as <c>WordCleanup</c> does for Word:
/// tracked changes accepted (deleted text gone with <c>text:tracked-changes</c>, inserted text kept, the
/// change marks gone; Calc's <c>table:tracked-changes</c> with the previous contents), comments removed, hidden text removed (spans, paragraphs and sections hidden by
/// their style or by a field, hidden-text fields, fields set to show nothing). What is hidden is never
/// needed in a release draft, and nobody can review it.
/// </summary>
internal static class OdfCleanup
{
    private static readonly HashSet<string> ChangeMarks = ["change", "change-start", "change-end"];

    /// <param name="deletions">Ids of deletions (<see cref="OdfDeletions.In"/>): their text marked in place goes too.</param>
    public static Counts Clean(XElement root, OdfStyles styles, IReadOnlySet<string> deletions)
    {
        var counts = new Counts();
        foreach (var node in OdfDeletions.MarkedInPlace(root, deletions))
        {
            node.Remove();
        }

        counts.Revisions += Remove(root.Descendants(Text + "tracked-changes").SelectMany(c => c.Elements(Text + "changed-region")));
        Remove(root.Descendants(Text + "tracked-changes"));
        // Calc's record of changes keeps previous cell contents; the cells already show the accepted ones.
        counts.Revisions += Remove(root.Descendants(Table + "tracked-changes").SelectMany(c => c.Elements()));
        Remove(root.Descendants(Table + "tracked-changes"));
        Remove(root.Descendants().Where(e => e.Name.Namespace == Text && ChangeMarks.Contains(e.Name.LocalName)));
        counts.Comments += Remove(root.Descendants(Office + "annotation"));
        Remove(root.Descendants(Office + "annotation-end"));

        counts.Hidden += Remove(root.Descendants().Where(e => IsHidden(e, styles)));
        return counts;
    }

    private static bool IsHidden(XElement element, OdfStyles styles)
    {
        if (element.Name.Namespace != Text)
        {
            return false;
        }

        var styleName = (string?)element.Attribute(Text + "style-name");
        var display = (string?)element.Attribute(Text + "display");
        return element.Name.LocalName switch
        {
            "hidden-text" => true,
            "p" or "h" => styles.HidesText(styleName, "paragraph")
                || element.Elements(Text + "hidden-paragraph").Any(h => (string?)h.Attribute(Text + "is-hidden") != "false"),
            "span" => styles.HidesText(styleName, "text"),
            "section" => display is "none" or "condition",
            _ => display == "none",
        };
    }

    /// <summary>Removes the elements (those inside one removed before are gone with it); returns how many were removed.</summary>
    private static int Remove(IEnumerable<XElement> elements)
    {
        var found = elements.ToList();
        foreach (var element in found)
        {
            if (element.Parent is not null)
            {
                element.Remove();
            }
        }

        return found.Count;
    }

    public sealed class Counts
    {
        public int Revisions;
        public int Comments;
        public int Hidden;
        public int Cells;

        public void Add(Counts other)
        {
            Revisions += other.Revisions;
            Comments += other.Comments;
            Hidden += other.Hidden;
            Cells += other.Cells;
        }

        public string? Describe()
        {
            var done = new List<string>();
            if (Revisions > 0)
            {
                done.Add($"接受 {Revisions} 處追蹤修訂（刪除的文字已移除）");
            }

            if (Comments > 0)
            {
                done.Add($"移除 {Comments} 則註解");
            }

            if (Hidden > 0)
            {
                done.Add($"移除 {Hidden} 段隱藏文字");
            }

            if (Cells > 0)
            {
                done.Add($"將 {Cells} 個數值、日期或公式儲存格改為遮蔽後的文字");
            }

            return done.Count > 0 ? string.Join("、", done) : null;
        }
    }
}
