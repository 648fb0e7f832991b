namespace DocScan.SampleDocs.Word;

/// <summary>
/// A floating text box the way Word 2010 and later save it: a DrawingML shape for current readers and
/// the same content again as VML for older ones (<c>mc:Fallback</c>). Both copies are in the file;
/// a reader shows one of them.
/// </summary>
public static class WordTextBox
{
    /// <param name="shapeId">Unique per document (docPr id).</param>
    /// <param name="paragraphs">Ready-made <c>w:p</c> elements.</param>
    public static string Anchored(int shapeId, string name, params string[] paragraphs)
    {
        var content = $"<w:txbxContent>{string.Concat(paragraphs)}</w:txbxContent>";
        return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>" +
               "<wp:anchor distT=\"45720\" distB=\"45720\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" " +
               $"relativeHeight=\"{251659264 + shapeId}\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">" +
               "<wp:simplePos x=\"0\" y=\"0\"/>" +
               "<wp:positionH relativeFrom=\"column\"><wp:posOffset>3429000</wp:posOffset></wp:positionH>" +
               "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>76200</wp:posOffset></wp:positionV>" +
               "<wp:extent cx=\"2286000\" cy=\"1371600\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>" +
               "<wp:wrapSquare wrapText=\"bothSides\"/>" +
               $"<wp:docPr id=\"{shapeId}\" name=\"{name}\"/><wp:cNvGraphicFramePr/>" +
               "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">" +
               "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr>" +
               "<a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"2286000\" cy=\"1371600\"/></a:xfrm>" +
               "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>" +
               "<a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill>" +
               "<a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill><a:miter lim=\"800000\"/></a:ln>" +
               $"</wps:spPr><wps:txbx>{content}</wps:txbx>" +
               "<wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\" anchor=\"t\" anchorCtr=\"0\">" +
               "<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
               "<mc:Fallback><w:pict>" +
               $"<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">" +
               "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>" +
               $"<v:shape id=\"{name}\" o:spid=\"_x0000_s{1025 + shapeId}\" type=\"#_x0000_t202\" " +
               "style=\"position:absolute;margin-left:270pt;margin-top:6pt;width:180pt;height:108pt;z-index:251659264\">" +
               $"<v:textbox>{content}</v:textbox><w10:wrap type=\"square\"/></v:shape>" +
               "</w:pict></mc:Fallback></mc:AlternateContent></w:r>";
    }
}
