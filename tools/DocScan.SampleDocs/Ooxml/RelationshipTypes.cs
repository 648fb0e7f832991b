namespace DocScan.SampleDocs.Ooxml;

public static class RelationshipTypes
{
    private const string Office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public const string OfficeDocument = Office + "officeDocument";
    public const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    public const string ExtendedProperties = Office + "extended-properties";
    public const string Styles = Office + "styles";
    public const string Settings = Office + "settings";
    public const string Header = Office + "header";
    public const string Footer = Office + "footer";
    public const string Footnotes = Office + "footnotes";
    public const string Endnotes = Office + "endnotes";
    public const string Comments = Office + "comments";
    public const string Worksheet = Office + "worksheet";
    public const string SharedStrings = Office + "sharedStrings";
    public const string VmlDrawing = Office + "vmlDrawing";
    public const string Theme = Office + "theme";
    public const string SlideMaster = Office + "slideMaster";
    public const string SlideLayout = Office + "slideLayout";
    public const string Slide = Office + "slide";
    public const string NotesMaster = Office + "notesMaster";
    public const string NotesSlide = Office + "notesSlide";
    public const string VbaProject = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
}
