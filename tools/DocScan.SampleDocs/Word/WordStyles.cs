using DocScan.SampleDocs.Ooxml;

namespace DocScan.SampleDocs.Word;

/// <summary>The styles part: 標楷體 14 pt as agencies set up their 公文 templates, plus the styles the other parts refer to.</summary>
public static class WordStyles
{
    public static readonly string Xml = Ooxml.Xml.Declaration +
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
        "<w:docDefaults><w:rPrDefault><w:rPr>" +
        "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"標楷體\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>" +
        "<w:kern w:val=\"2\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>" +
        "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-TW\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>" +
        "<w:pPrDefault><w:pPr><w:spacing w:line=\"440\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault></w:docDefaults>" +
        Style("paragraph", "Normal", "Normal", isDefault: true, "<w:pPr><w:widowControl w:val=\"0\"/></w:pPr>") +
        Style("character", "DefaultParagraphFont", "Default Paragraph Font", isDefault: true, "<w:uiPriority w:val=\"1\"/><w:semiHidden/>") +
        Style("table", "TableNormal", "Normal Table", isDefault: true,
            "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>" +
            "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>" +
            "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>") +
        Style("table", "TableGrid", "Table Grid", isDefault: false,
            "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/><w:tblPr><w:tblBorders>" +
            Border("top") + Border("left") + Border("bottom") + Border("right") + Border("insideH") + Border("insideV") +
            "</w:tblBorders></w:tblPr>") +
        Style("paragraph", "Header", "header", isDefault: false,
            "<w:basedOn w:val=\"Normal\"/><w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"4153\"/><w:tab w:val=\"right\" w:pos=\"8306\"/></w:tabs></w:pPr><w:rPr><w:sz w:val=\"20\"/></w:rPr>") +
        Style("paragraph", "Footer", "footer", isDefault: false,
            "<w:basedOn w:val=\"Normal\"/><w:rPr><w:sz w:val=\"20\"/></w:rPr>") +
        Style("paragraph", "FootnoteText", "footnote text", isDefault: false,
            "<w:basedOn w:val=\"Normal\"/><w:rPr><w:sz w:val=\"20\"/></w:rPr>") +
        Style("character", "FootnoteReference", "footnote reference", isDefault: false,
            "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>") +
        Style("paragraph", "CommentText", "annotation text", isDefault: false, "<w:basedOn w:val=\"Normal\"/>") +
        Style("character", "CommentReference", "annotation reference", isDefault: false,
            "<w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr>") +
        "</w:styles>";

    private static string Style(string type, string id, string name, bool isDefault, string body) =>
        $"<w:style w:type=\"{type}\"{(isDefault ? " w:default=\"1\"" : "")} w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>{body}</w:style>";

    private static string Border(string side) =>
        $"<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>";
}
