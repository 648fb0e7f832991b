using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Ooxml;

namespace DocScan.SampleDocs.Word;

/// <summary>Formatting of one run.</summary>
public sealed record RunStyle(bool Bold = false, int? HalfPoints = null, bool Vanish = false, string? CharacterStyle = null)
{
    public static readonly RunStyle Plain = new();
    public static readonly RunStyle Strong = new(Bold: true);

    public string Xml()
    {
        var properties = (CharacterStyle is null ? "" : $"<w:rStyle w:val=\"{CharacterStyle}\"/>")
            + (Bold ? "<w:b/><w:bCs/>" : "")
            + (Vanish ? "<w:vanish/>" : "")
            + (HalfPoints is { } size ? $"<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>" : "");
        return properties.Length == 0 ? "" : $"<w:rPr>{properties}</w:rPr>";
    }
}

/// <summary>
/// WordprocessingML fragments as Word writes them. Blocks (paragraphs, tables) are strings so that
/// samples read like the documents they imitate.
/// </summary>
public static class WordMarkup
{
    private static readonly string RevisionDate = SampleClock.W3c(SampleClock.Issued.AddHours(-2));

    public static string Run(string text, RunStyle? style = null) =>
        $"<w:r>{(style ?? RunStyle.Plain).Xml()}<w:t{Xml.SpaceAttribute(text)}>{Xml.Escape(text)}</w:t></w:r>";

    public static string Bold(string text) => Run(text, RunStyle.Strong);

    /// <summary>Text that is in the file but not shown (<c>w:vanish</c>).</summary>
    public static string Hidden(string text) => Run(text, new RunStyle(Vanish: true));

    public static string Paragraph(params string[] runs) => $"<w:p>{string.Concat(runs)}</w:p>";

    /// <summary>A paragraph with layout: <paramref name="justify"/> is left, center, right or both.</summary>
    public static string Paragraph(string justify, int firstLineIndentChars, params string[] runs)
    {
        var indent = firstLineIndentChars == 0 ? "" : $"<w:ind w:firstLineChars=\"{firstLineIndentChars * 100}\" w:firstLine=\"{firstLineIndentChars * 320}\"/>";
        return $"<w:p><w:pPr>{indent}<w:jc w:val=\"{justify}\"/></w:pPr>{string.Concat(runs)}</w:p>";
    }

    public static string Text(string text) => Paragraph(Run(text));

    public static string Title(string text) =>
        Paragraph("center", 0, Run(text, new RunStyle(Bold: true, HalfPoints: 40)));

    /// <summary>A justified paragraph of plain text: one 說明 clause.</summary>
    public static string Clause(string text) => Paragraph("both", 0, Run(text));

    /// <summary>The 主旨 line of a 公文.</summary>
    public static string Subject(string text) => Paragraph("both", 0, Bold("主旨："), Run(text));

    /// <summary>A 公文 item such as 「主旨：…」 with its label in bold.</summary>
    public static string Item(string label, string text) => Paragraph(Bold(label), Run(text));

    public static string Deleted(int id, string author, string text) =>
        $"<w:del w:id=\"{id}\" w:author=\"{Xml.Escape(author)}\" w:date=\"{RevisionDate}\">" +
        $"<w:r><w:delText{Xml.SpaceAttribute(text)}>{Xml.Escape(text)}</w:delText></w:r></w:del>";

    public static string Inserted(int id, string author, string text) =>
        $"<w:ins w:id=\"{id}\" w:author=\"{Xml.Escape(author)}\" w:date=\"{RevisionDate}\">{Run(text)}</w:ins>";

    public static string CommentStart(int id) => $"<w:commentRangeStart w:id=\"{id}\"/>";

    public static string CommentEnd(int id) =>
        $"<w:commentRangeEnd w:id=\"{id}\"/><w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"{id}\"/></w:r>";

    public static string FootnoteReference(int id) =>
        $"<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"{id}\"/></w:r>";

    /// <summary>A bordered table of plain cells; the first row is the heading row, in bold.</summary>
    public static string Table(int[] columnTwips, params string[][] rows) =>
        TableOfParagraphs(columnTwips, rows
            .Select((row, index) => row.Select(cell => Paragraph(index == 0 ? Bold(cell) : Run(cell))).ToArray())
            .ToArray());

    /// <summary>A bordered table whose cells are ready-made paragraphs (for cells holding split runs).</summary>
    public static string TableOfParagraphs(int[] columnTwips, params string[][] rows)
    {
        var grid = string.Concat(columnTwips.Select(w => $"<w:gridCol w:w=\"{w}\"/>"));
        var body = string.Concat(rows.Select((row, index) =>
            "<w:tr>" + (index == 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : "") +
            string.Concat(row.Select((cell, column) =>
                $"<w:tc><w:tcPr><w:tcW w:w=\"{columnTwips[column]}\" w:type=\"dxa\"/></w:tcPr>{cell}</w:tc>")) +
            "</w:tr>"));
        return "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>" +
               $"<w:tblW w:w=\"{columnTwips.Sum()}\" w:type=\"dxa\"/><w:tblLook w:val=\"04A0\"/></w:tblPr>" +
               $"<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>";
    }
}
