using DocScan.SampleDocs.Ooxml;
using static DocScan.SampleDocs.Slides.PresentationMarkup;

namespace DocScan.SampleDocs.Slides;

/// <summary>The theme, slide master, layout and notes master every .pptx needs, cut down to what is required.</summary>
public static class PresentationTemplates
{
    private static readonly (long, long, long, long) TitleArea = (838200, 365125, 10515600, 1325563);
    private static readonly (long, long, long, long) BodyArea = (838200, 1825625, 10515600, 4351338);

    public static readonly string Theme = Xml.Declaration +
        "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office 佈景主題\"><a:themeElements>" +
        "<a:clrScheme name=\"Office\"><a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>" +
        "<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>" +
        Color("dk2", "44546A") + Color("lt2", "E7E6E6") + Color("accent1", "4472C4") + Color("accent2", "ED7D31") +
        Color("accent3", "A5A5A5") + Color("accent4", "FFC000") + Color("accent5", "5B9BD5") + Color("accent6", "70AD47") +
        Color("hlink", "0563C1") + Color("folHlink", "954F72") + "</a:clrScheme>" +
        "<a:fontScheme name=\"Office\">" +
        "<a:majorFont><a:latin typeface=\"Calibri Light\"/><a:ea typeface=\"微軟正黑體\"/><a:cs typeface=\"\"/></a:majorFont>" +
        "<a:minorFont><a:latin typeface=\"Calibri\"/><a:ea typeface=\"微軟正黑體\"/><a:cs typeface=\"\"/></a:minorFont></a:fontScheme>" +
        "<a:fmtScheme name=\"Office\">" +
        "<a:fillStyleLst>" + Times(3, "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>") + "</a:fillStyleLst>" +
        "<a:lnStyleLst>" + Times(3, "<a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>") + "</a:lnStyleLst>" +
        "<a:effectStyleLst>" + Times(3, "<a:effectStyle><a:effectLst/></a:effectStyle>") + "</a:effectStyleLst>" +
        "<a:bgFillStyleLst>" + Times(3, "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>") + "</a:bgFillStyleLst>" +
        "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";

    public static readonly string SlideMaster = Xml.Declaration +
        $"<p:sldMaster {Namespaces}><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>" +
        $"<p:spTree>{GroupShape}" +
        Placeholder(2, "標題版面配置區 1", "type=\"title\"", TitleArea) +
        Placeholder(3, "文字版面配置區 2", "type=\"body\" idx=\"1\"", BodyArea) +
        $"</p:spTree></p:cSld><p:clrMap {ColorMap}/>" +
        "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst></p:sldMaster>";

    public static readonly string SlideLayout = Xml.Declaration +
        $"<p:sldLayout {Namespaces} type=\"obj\" preserve=\"1\"><p:cSld name=\"標題及內容\"><p:spTree>{GroupShape}" +
        Placeholder(2, "標題 1", "type=\"title\"", null) +
        Placeholder(3, "內容版面配置區 2", "idx=\"1\"", null) +
        "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>";

    public static readonly string NotesMaster = Xml.Declaration +
        $"<p:notesMaster {Namespaces}><p:cSld><p:spTree>{GroupShape}" +
        Placeholder(2, "備忘稿版面配置區 1", "type=\"body\" sz=\"quarter\" idx=\"3\"", (685800, 4400550, 5486400, 3600450)) +
        $"</p:spTree></p:cSld><p:clrMap {ColorMap}/></p:notesMaster>";

    private static string Color(string name, string rgb) => $"<a:{name}><a:srgbClr val=\"{rgb}\"/></a:{name}>";

    private static string Times(int count, string xml) => string.Concat(Enumerable.Repeat(xml, count));
}
