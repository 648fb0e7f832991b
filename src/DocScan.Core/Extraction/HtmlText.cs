using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace DocScan.Core.Extraction;

/// <summary>The text of an HTML e-mail body, one line per block as a reader sees it.</summary>
/// <param name="Lines">Visible lines; table cells on one row are joined by a tab.</param>
/// <param name="Comments">HTML comments: never shown, but they travel with the message.</param>
internal sealed record HtmlTextResult(IReadOnlyList<string> Lines, IReadOnlyList<string> Comments);

internal static class HtmlText
{
    // HtmlAgilityPack walks the chain of open elements for every new tag, so parsing slows with the
    // square of the nesting depth (20,000 unclosed <b> tags take seconds). Real mail nests a few dozen
    // levels; past this depth the markup is stripped linearly instead.
    private const int MaxNesting = 256;

    private static readonly HashSet<string> Invisible = ["script", "style", "template"];

    private static readonly HashSet<string> Blocks =
    [
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "title", "tr", "ul",
    ];

    private static readonly Regex HtmlWhitespace = new("[ \t\n\r\f]+", RegexOptions.NonBacktracking);
    private static readonly Regex InvisibleElement = new(
        @"<(script|style|template)\b.*?</(script|style|template)\s*>", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.Singleline);
    private static readonly Regex BlockTag = new(
        @"</?(br|p|div|tr|li|h[1-6]|table|blockquote|pre|title|hr)\b[^>]*>", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase);
    private static readonly Regex CellTag = new(@"</t[dh]\s*>", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase);
    private static readonly Regex AnyTag = new(@"<[^>]*>", RegexOptions.NonBacktracking);

    public static HtmlTextResult Convert(string html)
    {
        var document = new HtmlDocument { OptionMaxNestedChildNodes = MaxNesting };
        try
        {
            document.LoadHtml(html);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // HtmlAgilityPack reports the nesting limit with a bare Exception.
            return new HtmlTextResult(StripTags(html), []);
        }

        var text = new StringBuilder();
        var comments = new List<string>();
        Append(document.DocumentNode, preformatted: false, text, comments);
        return new HtmlTextResult(Lines(text.ToString()), comments);
    }

    // Recursion is bounded by MaxNesting.
    private static void Append(HtmlNode node, bool preformatted, StringBuilder text, List<string> comments)
    {
        switch (node)
        {
            case HtmlCommentNode comment:
                AddComment(comment.Comment, comments);
                return;
            case HtmlTextNode textNode:
                var raw = preformatted ? textNode.Text : HtmlWhitespace.Replace(textNode.Text, " ");
                text.Append(HtmlEntity.DeEntitize(raw));
                return;
        }

        var name = node.Name;
        if (Invisible.Contains(name))
        {
            return;
        }

        if (name == "br")
        {
            text.Append('\n');
            return;
        }

        var block = Blocks.Contains(name);
        if (block)
        {
            text.Append('\n');
        }

        foreach (var child in node.ChildNodes)
        {
            Append(child, preformatted || name == "pre", text, comments);
        }

        if (name is "td" or "th")
        {
            text.Append('\t');
        }

        if (block)
        {
            text.Append('\n');
        }
    }

    private static void AddComment(string comment, List<string> comments)
    {
        var body = comment.StartsWith("<!--", StringComparison.Ordinal) ? comment[4..] : comment;
        body = body.EndsWith("-->", StringComparison.Ordinal) ? body[..^3] : body;
        body = body.Trim();

        // Outlook's conditional comments (<!--[if gte mso 9]>…) hold rendering settings, not text anyone wrote.
        if (body.Length > 0 && !body.StartsWith('['))
        {
            comments.Add(body);
        }
    }

    // Cruder than the parser: newlines in the source also break lines, which only makes more, shorter lines.
    private static List<string> StripTags(string html)
    {
        var text = InvisibleElement.Replace(html, " ");
        text = BlockTag.Replace(text, "\n");
        text = CellTag.Replace(text, " ");
        text = AnyTag.Replace(text, "");
        return Lines(string.Join('\n', text.Split('\n').Select(line => HtmlEntity.DeEntitize(HtmlWhitespace.Replace(line, " ")))));
    }

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(line => line.Trim(' ', '\t', '\r')).Where(line => line.Length > 0).ToList();
}
