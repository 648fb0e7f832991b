using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Threaded = DocumentFormat.OpenXml.Office2019.Excel.ThreadedComments;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// Cell comments, legacy notes and threaded comments, as hidden <c>comment</c> segments with the
/// cell's path (<c>名冊!B2</c>), and the names of their authors as metadata.
/// </summary>
internal static class WorksheetCommentsReader
{
    public static void Read(WorksheetPart sheet, string sheetName, ExtractionContext context)
    {
        var threaded = ReadThreaded(sheet, sheetName, context);
        if (sheet.WorksheetCommentsPart?.Comments is not { } comments)
        {
            return;
        }

        foreach (var comment in comments.CommentList?.Elements<Comment>() ?? [])
        {
            var reference = comment.Reference?.Value ?? "";
            var text = comment.CommentText is { } body ? SpreadsheetText.RichText(body) : "";

            // Excel also writes each threaded comment as a legacy note quoting it; report the text once.
            if (threaded.TryGetValue(reference, out var quoted) && quoted.All(text.Contains))
            {
                continue;
            }

            context.Add(text, SegmentSources.Comment, $"{sheetName}!{reference}", hidden: true);
        }

        var authorsPath = $"{PartPaths.PathOf(sheet.WorksheetCommentsPart)}#author";
        foreach (var author in comments.Authors?.Elements<Author>() ?? [])
        {
            context.Add(author.Text, SegmentSources.Metadata, authorsPath, hidden: true);
        }
    }

    private static Dictionary<string, List<string>> ReadThreaded(WorksheetPart sheet, string sheetName, ExtractionContext context)
    {
        var byReference = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in sheet.WorksheetThreadedCommentsParts)
        {
            foreach (var comment in part.ThreadedComments?.Elements<Threaded.ThreadedComment>() ?? [])
            {
                var reference = comment.Ref?.Value ?? "";
                var text = comment.ThreadedCommentText?.Text ?? "";
                context.Add(text, SegmentSources.Comment, $"{sheetName}!{reference}", hidden: true);
                if (!byReference.TryGetValue(reference, out var texts))
                {
                    byReference[reference] = texts = [];
                }

                texts.Add(text);
            }
        }

        return byReference;
    }
}
