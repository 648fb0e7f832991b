using DocumentFormat.OpenXml;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// <c>mc:AlternateContent</c> holds the same object more than once (a DrawingML Choice and a VML
/// Fallback of one text box): its text must be reported once.
/// </summary>
internal static class AlternateContentBranches
{
    /// <summary>
    /// Walks the first branch (the one current Office shows), then the others. Text found only in
    /// another branch is kept, marked hidden: nobody sees it in Office, but it leaves with the file.
    /// </summary>
    public static void Walk(AlternateContent content, List<TextSegment> sink, Action<OpenXmlElement, List<TextSegment>> walkBranch)
    {
        var shown = new List<TextSegment>();
        var others = new List<TextSegment>();
        var first = content.ChildElements.FirstOrDefault();
        foreach (var branch in content.ChildElements)
        {
            walkBranch(branch, branch == first ? shown : others);
        }

        sink.AddRange(shown);
        var seen = shown.Select(segment => segment.Text).ToHashSet();
        foreach (var segment in others)
        {
            if (seen.Add(segment.Text))
            {
                sink.Add(segment with { Hidden = true });
            }
        }
    }
}
