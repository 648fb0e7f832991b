using DocScan.SampleDocs.Catalog;

namespace DocScan.SampleDocs.Ooxml;

/// <summary>
/// Core (docProps/core.xml) and extended (docProps/app.xml) properties. Scanners read these as
/// metadata: keep them agency-like unless a sample plants an ID here on purpose.
/// </summary>
public sealed record DocumentProperties(
    string Title,
    string Creator,
    string LastModifiedBy,
    string Company,
    string Application)
{
    public DateTimeOffset Created { get; init; } = SampleClock.Issued.AddDays(-3);

    public DateTimeOffset Modified { get; init; } = SampleClock.Issued;

    public int Revision { get; init; } = 3;

    public void AddTo(OoxmlPackage package)
    {
        package
            .AddPart("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", CoreXml())
            .AddPart("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", AppXml())
            .Relate("", "rId2", RelationshipTypes.CoreProperties, "docProps/core.xml")
            .Relate("", "rId3", RelationshipTypes.ExtendedProperties, "docProps/app.xml");
    }

    private string CoreXml() =>
        Xml.Declaration +
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" " +
        "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
        $"<dc:title>{Xml.Escape(Title)}</dc:title>" +
        $"<dc:creator>{Xml.Escape(Creator)}</dc:creator>" +
        $"<cp:lastModifiedBy>{Xml.Escape(LastModifiedBy)}</cp:lastModifiedBy>" +
        $"<cp:revision>{Revision}</cp:revision>" +
        $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{SampleClock.W3c(Created)}</dcterms:created>" +
        $"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{SampleClock.W3c(Modified)}</dcterms:modified>" +
        "</cp:coreProperties>";

    private string AppXml() =>
        Xml.Declaration +
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" " +
        "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">" +
        "<TotalTime>12</TotalTime>" +
        $"<Application>{Xml.Escape(Application)}</Application><DocSecurity>0</DocSecurity>" +
        $"<Company>{Xml.Escape(Company)}</Company><AppVersion>16.0000</AppVersion>" +
        "</Properties>";
}
