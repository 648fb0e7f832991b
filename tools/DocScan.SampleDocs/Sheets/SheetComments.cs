using System.Text;
using DocScan.SampleDocs.Ooxml;

namespace DocScan.SampleDocs.Sheets;

/// <summary>
/// The two parts behind Excel cell notes: the comments part holding the text, and the legacy VML
/// drawing Excel still needs to show the yellow box.
/// </summary>
public static class SheetComments
{
    public static string CommentsXml(IReadOnlyList<(string Cell, string Author, string Text)> comments)
    {
        var authors = comments.Select(c => c.Author).Distinct().ToList();
        var xml = new StringBuilder(Xml.Declaration)
            .Append("<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><authors>");
        foreach (var author in authors)
        {
            xml.Append($"<author>{Xml.Escape(author)}</author>");
        }

        xml.Append("</authors><commentList>");
        foreach (var (cell, author, text) in comments)
        {
            xml.Append($"<comment ref=\"{cell}\" authorId=\"{authors.IndexOf(author)}\"><text>")
                .Append($"<r><rPr><b/><sz val=\"9\"/><rFont val=\"新細明體\"/><family val=\"1\"/><charset val=\"136\"/></rPr><t>{Xml.Escape(author)}:</t></r>")
                .Append($"<r><rPr><sz val=\"9\"/><rFont val=\"新細明體\"/><family val=\"1\"/><charset val=\"136\"/></rPr><t xml:space=\"preserve\">\n{Xml.Escape(text)}</t></r>")
                .Append("</text></comment>");
        }

        return xml.Append("</commentList></comments>").ToString();
    }

    public static string VmlXml(IReadOnlyList<(string Cell, string Author, string Text)> comments)
    {
        var xml = new StringBuilder(
            "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" " +
            "xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\r\n" +
            " <o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout>" +
            "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">" +
            "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>\r\n");
        for (var i = 0; i < comments.Count; i++)
        {
            var (column, row) = Split(comments[i].Cell);
            xml.Append($" <v:shape id=\"_x0000_s{1025 + i}\" type=\"#_x0000_t202\" ")
                .Append("style=\"position:absolute;margin-left:120pt;margin-top:2pt;width:144pt;height:60pt;z-index:1;visibility:hidden\" ")
                .Append("fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/>")
                .Append("<v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>")
                .Append("<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
                .Append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>")
                .Append($"<x:Anchor>{column + 1}, 15, {row}, 2, {column + 3}, 15, {row + 4}, 4</x:Anchor>")
                .Append($"<x:AutoFill>False</x:AutoFill><x:Row>{row}</x:Row><x:Column>{column}</x:Column></x:ClientData></v:shape>\r\n");
        }

        return xml.Append("</xml>").ToString();
    }

    // "C5" -> zero-based (2, 4)
    private static (int Column, int Row) Split(string cell) => (cell[0] - 'A', int.Parse(cell[1..]) - 1);
}
