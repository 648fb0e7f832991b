using System.Text;
using DocScan.SampleDocs.Ooxml;

namespace DocScan.SampleDocs.Word;

/// <summary>Assembles a .docx from body blocks and the optional parts around them (header, footer, footnotes, comments).</summary>
public sealed class DocxBuilder(DocumentProperties properties)
{
    private const string MainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    internal const string Namespaces =
        "xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:wp14=\"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:w10=\"urn:schemas-microsoft-com:office:word\" " +
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "mc:Ignorable=\"w14 wp14\"";

    private readonly List<string> _body = [];
    private readonly List<string> _header = [];
    private readonly List<string> _footer = [];
    private readonly List<string> _footnotes = [];
    private readonly List<string> _comments = [];
    private bool _trackRevisions;
    private byte[]? _vbaProject;

    public DocxBuilder Body(params string[] blocks)
    {
        _body.AddRange(blocks);
        return this;
    }

    public DocxBuilder Header(params string[] paragraphs)
    {
        _header.AddRange(paragraphs);
        return this;
    }

    public DocxBuilder Footer(params string[] paragraphs)
    {
        _footer.AddRange(paragraphs);
        return this;
    }

    /// <summary>Footnote <paramref name="id"/> (from 1), referenced in the body with <see cref="WordMarkup.FootnoteReference"/>.</summary>
    public DocxBuilder Footnote(int id, string text)
    {
        _footnotes.Add($"<w:footnote w:id=\"{id}\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>" +
                       "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>" +
                       WordMarkup.Run(" " + text) + "</w:p></w:footnote>");
        return this;
    }

    /// <summary>Comment <paramref name="id"/>, anchored in the body with <see cref="WordMarkup.CommentStart"/>/<see cref="WordMarkup.CommentEnd"/>.</summary>
    public DocxBuilder Comment(int id, string author, string initials, string text)
    {
        _comments.Add($"<w:comment w:id=\"{id}\" w:author=\"{Xml.Escape(author)}\" " +
                      $"w:date=\"{Catalog.SampleClock.W3c(Catalog.SampleClock.Issued.AddHours(-1))}\" w:initials=\"{Xml.Escape(initials)}\">" +
                      "<w:p><w:pPr><w:pStyle w:val=\"CommentText\"/></w:pPr>" +
                      "<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:annotationRef/></w:r>" +
                      WordMarkup.Run(text) + "</w:p></w:comment>");
        return this;
    }

    /// <summary>Turns on 追蹤修訂, as in a draft that went round for sign-off.</summary>
    public DocxBuilder TrackRevisions()
    {
        _trackRevisions = true;
        return this;
    }

    /// <summary>Makes it a macro-enabled document (.docm) carrying <paramref name="vbaProject"/> as word/vbaProject.bin.</summary>
    public DocxBuilder MacroProject(byte[] vbaProject)
    {
        _vbaProject = vbaProject;
        return this;
    }

    public byte[] Build()
    {
        var mainType = _vbaProject is null ? MainType + "document.main+xml" : "application/vnd.ms-word.document.macroEnabled.main+xml";
        var package = new OoxmlPackage()
            .AddPart("word/document.xml", mainType, DocumentXml())
            .Relate("", "rId1", RelationshipTypes.OfficeDocument, "word/document.xml")
            .AddPart("word/styles.xml", MainType + "styles+xml", WordStyles.Xml)
            .Relate("word/document.xml", "rId1", RelationshipTypes.Styles, "styles.xml")
            .AddPart("word/settings.xml", MainType + "settings+xml", SettingsXml())
            .Relate("word/document.xml", "rId2", RelationshipTypes.Settings, "settings.xml");
        if (_header.Count > 0)
        {
            package.AddPart("word/header1.xml", MainType + "header+xml", Wrap("w:hdr", _header))
                .Relate("word/document.xml", "rId3", RelationshipTypes.Header, "header1.xml");
        }

        if (_footer.Count > 0)
        {
            package.AddPart("word/footer1.xml", MainType + "footer+xml", Wrap("w:ftr", _footer))
                .Relate("word/document.xml", "rId4", RelationshipTypes.Footer, "footer1.xml");
        }

        if (_footnotes.Count > 0)
        {
            var separators =
                "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>" +
                "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>";
            package.AddPart("word/footnotes.xml", MainType + "footnotes+xml", Wrap("w:footnotes", [separators, .. _footnotes]))
                .Relate("word/document.xml", "rId5", RelationshipTypes.Footnotes, "footnotes.xml");
        }

        if (_comments.Count > 0)
        {
            package.AddPart("word/comments.xml", MainType + "comments+xml", Wrap("w:comments", _comments))
                .Relate("word/document.xml", "rId6", RelationshipTypes.Comments, "comments.xml");
        }

        if (_vbaProject is not null)
        {
            package.AddPart("word/vbaProject.bin", "application/vnd.ms-office.vbaProject", _vbaProject)
                .Relate("word/document.xml", "rId7", RelationshipTypes.VbaProject, "vbaProject.bin");
        }

        properties.AddTo(package);
        var bytes = package.Build();
        OoxmlValidation.Validate(bytes, properties.Title);
        return bytes;
    }

    private string DocumentXml()
    {
        var section = new StringBuilder("<w:sectPr>");
        if (_header.Count > 0)
        {
            section.Append("<w:headerReference w:type=\"default\" r:id=\"rId3\"/>");
        }

        if (_footer.Count > 0)
        {
            section.Append("<w:footerReference w:type=\"default\" r:id=\"rId4\"/>");
        }

        section.Append("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>" +
                       "<w:pgMar w:top=\"1440\" w:right=\"1247\" w:bottom=\"1440\" w:left=\"1247\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>" +
                       "<w:cols w:space=\"425\"/><w:docGrid w:type=\"lines\" w:linePitch=\"400\"/></w:sectPr>");
        return Xml.Declaration + $"<w:document {Namespaces}><w:body>{string.Concat(_body)}{section}</w:body></w:document>";
    }

    private string SettingsXml() =>
        Xml.Declaration +
        "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
        "<w:zoom w:percent=\"100\"/>" +
        (_trackRevisions ? "<w:trackRevisions/>" : "") +
        "<w:defaultTabStop w:val=\"480\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/>" +
        (_footnotes.Count > 0 ? "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>" : "") +
        "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>" +
        "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-TW\"/>" +
        "</w:settings>";

    private static string Wrap(string root, IEnumerable<string> content) =>
        Xml.Declaration + $"<{root} {Namespaces}>{string.Concat(content)}</{root}>";
}
