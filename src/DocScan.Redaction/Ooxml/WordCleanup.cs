using DocScan.Core.Extraction.OpenXml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocScan.Redaction.Ooxml;

/// <summary>
/// Makes a Word document the text a reader sees, before masking: tracked changes accepted (deleted
/// text gone, insertions kept, authors gone), comments removed, hidden text removed, document
/// variables removed. What is hidden is never needed in a release draft, and nobody can review it.
/// </summary>
internal static class WordCleanup
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // Revision elements that carry content: deletions go with it, insertions leave it in place.
    private static readonly HashSet<string> DeletedContent = ["del", "moveFrom"];
    private static readonly HashSet<string> InsertedContent = ["ins", "moveTo"];

    // Revision bookkeeping with no content of its own: the old formatting, range marks, cell changes.
    private static readonly HashSet<string> RevisionMarks =
    [
        "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblGridChange", "tcPrChange", "trPrChange",
        "tblPrExChange", "numberingChange", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
        "moveToRangeEnd", "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart",
        "customXmlDelRangeEnd", "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd",
        "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd", "cellIns", "cellDel", "cellMerge",
    ];

    private static readonly HashSet<string> CommentMarks = ["commentRangeStart", "commentRangeEnd", "commentReference"];

    public static byte[] Clean(byte[] content, DraftInput input)
    {
        using var stream = new MemoryStream();
        stream.Write(content);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            if (document.MainDocumentPart is { } main)
            {
                Clean(main, input);
            }
        }

        return stream.ToArray();
    }

    private static void Clean(MainDocumentPart main, DraftInput input)
    {
        var styles = main.StyleDefinitionsPart is { } stylesPart ? WordHiddenStyles.Load(stylesPart) : WordHiddenStyles.None;
        var counts = new Counts();
        foreach (var part in ContentParts(main))
        {
            if (part.RootElement is not { } root)
            {
                continue;
            }

            AcceptRevisions(root, counts);
            counts.Comments += RemoveAll(root, e => e.NamespaceUri == W && e.LocalName == "commentReference");
            RemoveAll(root, e => e.NamespaceUri == W && CommentMarks.Contains(e.LocalName));
            counts.Hidden += RemoveAll(root, e => e is Run run && styles.IsHidden(run, ParagraphStyle(run, styles)));
            RemoveEmptyRuns(root);
        }

        foreach (var stylesRoot in new[] { main.StyleDefinitionsPart?.RootElement, main.NumberingDefinitionsPart?.RootElement })
        {
            if (stylesRoot is not null)
            {
                RemoveAll(stylesRoot, e => e.NamespaceUri == W && RevisionMarks.Contains(e.LocalName));
            }
        }

        counts.Comments = Math.Max(counts.Comments, main.WordprocessingCommentsPart?.Comments?.ChildElements.Count ?? 0);
        DeleteCommentParts(main);
        var variables = RemoveDocumentVariables(main);
        Report(counts, variables, input);
    }

    private static IEnumerable<OpenXmlPart> ContentParts(MainDocumentPart main) =>
        new OpenXmlPart?[] { main, main.FootnotesPart, main.EndnotesPart, main.GlossaryDocumentPart }
            .Concat(main.HeaderParts).Concat(main.FooterParts)
            .OfType<OpenXmlPart>();

    private static void AcceptRevisions(OpenXmlElement root, Counts counts)
    {
        // A deleted table row is marked in its properties (w:trPr/w:del): the whole row goes.
        counts.Revisions += RemoveAll(root, e => e is TableRow row && row.TableRowProperties?.ChildElements
            .Any(p => p.NamespaceUri == W && p.LocalName == "del") == true);

        foreach (var element in root.Descendants().Where(IsRevisionWithContent).ToList())
        {
            if (element.Parent is null)
            {
                continue; // inside a revision removed before it
            }

            counts.Revisions++;
            if (InsertedContent.Contains(element.LocalName))
            {
                foreach (var child in element.ChildElements.ToList())
                {
                    child.Remove();
                    element.InsertBeforeSelf(child);
                }
            }

            element.Remove();
        }

        // Empty w:ins / w:del mark paragraph marks and rows as inserted or deleted. Dropping the mark keeps
        // the paragraphs apart where Word would join them: a layout difference, never hidden text.
        counts.Revisions += RemoveAll(root, e => e.NamespaceUri == W && !e.HasChildren
            && (DeletedContent.Contains(e.LocalName) || InsertedContent.Contains(e.LocalName)));
        RemoveAll(root, e => e.NamespaceUri == W && RevisionMarks.Contains(e.LocalName));
    }

    private static bool IsRevisionWithContent(OpenXmlElement element) =>
        element.NamespaceUri == W && element.HasChildren
        && (DeletedContent.Contains(element.LocalName) || InsertedContent.Contains(element.LocalName));

    private static string? ParagraphStyle(Run run, WordHiddenStyles styles) =>
        run.Ancestors<Paragraph>().FirstOrDefault() is { } paragraph ? styles.ParagraphStyle(paragraph) : null;

    /// <summary>Runs left with nothing but their properties (a comment reference's run) would only confuse the next editor.</summary>
    private static void RemoveEmptyRuns(OpenXmlElement root) =>
        RemoveAll(root, e => e is Run run && run.ChildElements.All(c => c is RunProperties));

    private static int RemoveAll(OpenXmlElement root, Func<OpenXmlElement, bool> match)
    {
        var found = root.Descendants().Where(match).ToList();
        foreach (var element in found)
        {
            element.Remove();
        }

        return found.Count;
    }

    private static void DeleteCommentParts(MainDocumentPart main)
    {
        var parts = new OpenXmlPart?[]
        {
            main.WordprocessingCommentsPart, main.WordprocessingCommentsExPart, main.WordprocessingCommentsIdsPart,
            main.WordCommentsExtensiblePart, main.WordprocessingPeoplePart,
        };
        foreach (var part in parts.OfType<OpenXmlPart>())
        {
            main.DeletePart(part);
        }
    }

    private static int RemoveDocumentVariables(MainDocumentPart main)
    {
        if (main.DocumentSettingsPart?.Settings?.GetFirstChild<DocumentVariables>() is not { } variables)
        {
            return 0;
        }

        var count = variables.ChildElements.Count;
        variables.Remove();
        return count;
    }

    private static void Report(Counts counts, int variables, DraftInput input)
    {
        var done = new List<string>();
        if (counts.Revisions > 0)
        {
            done.Add($"接受 {counts.Revisions} 處追蹤修訂（刪除的文字已移除）");
        }

        if (counts.Comments > 0)
        {
            done.Add($"移除 {counts.Comments} 則註解");
        }

        if (counts.Hidden > 0)
        {
            done.Add($"移除 {counts.Hidden} 段隱藏文字");
        }

        if (variables > 0)
        {
            done.Add($"移除 {variables} 個文件變數");
        }

        if (done.Count > 0)
        {
            input.Log.Note($"「{input.Display}」：已{string.Join("、", done)}。");
        }
    }

    private sealed class Counts
    {
        public int Revisions;
        public int Comments;
        public int Hidden;
    }
}
