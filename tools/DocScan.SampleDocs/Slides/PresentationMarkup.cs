using DocScan.SampleDocs.Ooxml;

namespace DocScan.SampleDocs.Slides;

/// <summary>PresentationML fragments shared by slides, masters and notes.</summary>
public static class PresentationMarkup
{
    public const string Namespaces =
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";

    public const string ColorMap =
        "bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" " +
        "accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"";

    public const string GroupShape =
        "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>" +
        "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

    /// <summary>A placeholder shape; <paramref name="paragraphs"/> empty for masters and layouts.</summary>
    /// <param name="placeholder">e.g. <c>type="title"</c> or <c>type="body" idx="1"</c>.</param>
    /// <param name="position">Offset and size in EMU, or null to inherit from the layout.</param>
    public static string Placeholder(int id, string name, string placeholder, (long X, long Y, long Cx, long Cy)? position,
        params string[] paragraphs)
    {
        var shapeProperties = position is { } p
            ? $"<p:spPr><a:xfrm><a:off x=\"{p.X}\" y=\"{p.Y}\"/><a:ext cx=\"{p.Cx}\" cy=\"{p.Cy}\"/></a:xfrm></p:spPr>"
            : "<p:spPr/>";
        var text = paragraphs.Length == 0 ? "<a:p><a:endParaRPr lang=\"zh-TW\" altLang=\"en-US\"/></a:p>" : string.Concat(paragraphs);
        return $"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{Xml.Escape(name)}\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>" +
               $"<p:nvPr><p:ph {placeholder}/></p:nvPr></p:nvSpPr>{shapeProperties}" +
               $"<p:txBody><a:bodyPr/><a:lstStyle/>{text}</p:txBody></p:sp>";
    }

    public static string TextParagraph(string text) =>
        $"<a:p><a:r><a:rPr lang=\"zh-TW\" altLang=\"en-US\" dirty=\"0\"/><a:t>{Xml.Escape(text)}</a:t></a:r></a:p>";

    /// <summary>A table in a graphic frame, as PowerPoint's Insert Table makes it.</summary>
    public static string Table(int id, string[][] rows)
    {
        const long width = 10515600;
        var columns = rows[0].Length;
        var grid = string.Concat(Enumerable.Repeat($"<a:gridCol w=\"{width / columns}\"/>", columns));
        var body = string.Concat(rows.Select(row => "<a:tr h=\"370840\">" + string.Concat(row.Select(cell =>
            $"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{TextParagraph(cell)}</a:txBody><a:tcPr/></a:tc>")) + "</a:tr>"));
        return $"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"{id}\" name=\"表格 {id - 1}\"/>" +
               "<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>" +
               $"<p:xfrm><a:off x=\"838200\" y=\"1825625\"/><a:ext cx=\"{width / columns * columns}\" cy=\"{370840L * rows.Length}\"/></p:xfrm>" +
               "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\">" +
               $"<a:tbl><a:tblPr firstRow=\"1\" bandRow=\"1\"><a:tableStyleId>{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}</a:tableStyleId></a:tblPr><a:tblGrid>{grid}</a:tblGrid>{body}</a:tbl>" +
               "</a:graphicData></a:graphic></p:graphicFrame>";
    }
}
