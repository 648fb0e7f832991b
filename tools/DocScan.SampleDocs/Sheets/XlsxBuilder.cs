using System.Text;
using DocScan.SampleDocs.Ooxml;

namespace DocScan.SampleDocs.Sheets;

/// <summary>Assembles an .xlsx: worksheets (some hidden), a shared-string table, notes.</summary>
public sealed class XlsxBuilder(DocumentProperties properties)
{
    private const string MainType = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private readonly List<WorksheetData> _sheets = [];

    public WorksheetData Sheet(string name, bool hidden = false)
    {
        var sheet = new WorksheetData(name, hidden);
        _sheets.Add(sheet);
        return sheet;
    }

    public byte[] Build()
    {
        var shared = new List<string>();
        var sharedCount = 0;
        int Index(string text)
        {
            sharedCount++;
            var index = shared.IndexOf(text);
            if (index >= 0)
            {
                return index;
            }

            shared.Add(text);
            return shared.Count - 1;
        }

        var package = new OoxmlPackage()
            .AddDefault("vml", "application/vnd.openxmlformats-officedocument.vmlDrawing")
            .AddPart("xl/workbook.xml", MainType + "sheet.main+xml", WorkbookXml())
            .Relate("", "rId1", RelationshipTypes.OfficeDocument, "xl/workbook.xml");
        for (var i = 0; i < _sheets.Count; i++)
        {
            var sheet = _sheets[i];
            var path = $"xl/worksheets/sheet{i + 1}.xml";
            package.AddPart(path, MainType + "worksheet+xml", sheet.Xml(selected: i == 0, Index))
                .Relate("xl/workbook.xml", $"rId{i + 1}", RelationshipTypes.Worksheet, $"worksheets/sheet{i + 1}.xml");
            if (sheet.Comments.Count > 0)
            {
                package.AddPart($"xl/comments{i + 1}.xml", MainType + "comments+xml", SheetComments.CommentsXml(sheet.Comments))
                    .AddPart($"xl/drawings/vmlDrawing{i + 1}.vml", null, SheetComments.VmlXml(sheet.Comments))
                    .Relate(path, "rId1", RelationshipTypes.Comments, $"../comments{i + 1}.xml")
                    .Relate(path, "rId2", RelationshipTypes.VmlDrawing, $"../drawings/vmlDrawing{i + 1}.vml");
            }
        }

        var next = _sheets.Count + 1;
        package.AddPart("xl/styles.xml", MainType + "styles+xml", XlsxStyles.Xml)
            .Relate("xl/workbook.xml", $"rId{next}", RelationshipTypes.Styles, "styles.xml")
            .AddPart("xl/sharedStrings.xml", MainType + "sharedStrings+xml", SharedStringsXml(shared, sharedCount))
            .Relate("xl/workbook.xml", $"rId{next + 1}", RelationshipTypes.SharedStrings, "sharedStrings.xml");
        properties.AddTo(package);
        var bytes = package.Build();
        OoxmlValidation.Validate(bytes, properties.Title);
        return bytes;
    }

    private string WorkbookXml()
    {
        var xml = new StringBuilder(Xml.Declaration)
            .Append("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
            .Append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
            .Append("<workbookPr defaultThemeVersion=\"164011\"/>")
            .Append("<bookViews><workbookView xWindow=\"0\" yWindow=\"0\" windowWidth=\"28800\" windowHeight=\"12300\"/></bookViews><sheets>");
        for (var i = 0; i < _sheets.Count; i++)
        {
            var state = _sheets[i].Hidden ? " state=\"hidden\"" : "";
            xml.Append($"<sheet name=\"{Xml.Escape(_sheets[i].Name)}\" sheetId=\"{i + 1}\"{state} r:id=\"rId{i + 1}\"/>");
        }

        return xml.Append("</sheets><calcPr calcId=\"191029\"/></workbook>").ToString();
    }

    private static string SharedStringsXml(List<string> shared, int count)
    {
        var xml = new StringBuilder(Xml.Declaration)
            .Append($"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"{count}\" uniqueCount=\"{shared.Count}\">");
        foreach (var text in shared)
        {
            xml.Append($"<si><t{Xml.SpaceAttribute(text)}>{Xml.Escape(text)}</t></si>");
        }

        return xml.Append("</sst>").ToString();
    }
}
