namespace DocScan.Core.Extraction;

/// <summary>The stable <c>location.source</c> values of a report.</summary>
public static class SegmentSources
{
    public const string Body = "body";
    public const string Table = "table";
    public const string Header = "header";
    public const string Footer = "footer";
    public const string Footnote = "footnote";
    public const string Endnote = "endnote";
    public const string Comment = "comment";
    public const string TextBox = "text-box";
    public const string TrackedInsertion = "tracked-insertion";
    public const string TrackedDeletion = "tracked-deletion";
    public const string HiddenText = "hidden";
    public const string Metadata = "metadata";
    public const string Page = "page";
    /// <summary>Text read by OCR from an image file or an image inside a document (a scanned PDF page stays <see cref="Page"/>).</summary>
    public const string Image = "image";
    public const string Sheet = "sheet";
    public const string Slide = "slide";
    public const string Notes = "notes";
    public const string EmailHeader = "email-header";
    public const string EmailBody = "email-body";
    /// <summary>A part of an electronic 公文 (DI) or its exchange form, its path naming the element (<c>主旨</c>, <c>段落[說明：]/條列[一、]</c>).</summary>
    public const string Di = "di";

    /// <summary>The document's own file name: it leaves with the document.</summary>
    public const string FileName = "file-name";

    /// <summary>The name of an attachment or archive member; its content keeps its own sources.</summary>
    public const string Attachment = "attachment";
}
