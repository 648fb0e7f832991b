namespace DocScan.Core.Formats;

/// <summary>What a document really is, decided from its bytes.</summary>
public enum FileFormat
{
    Unknown,
    Docx,
    Docm,
    Xlsx,
    Xlsm,
    Pptx,
    Pptm,
    Pdf,
    Eml,
    Text,
    Zip,
    /// <summary>An OOXML package encrypted with a password: a CFB container, not a zip.</summary>
    EncryptedOffice,
    /// <summary>A pre-2007 binary Office file (.doc, .xls, .ppt): a CFB container without encryption.</summary>
    LegacyOffice,
    /// <summary>A picture (PNG, JPEG, GIF, BMP, TIFF, WebP): its text, if any, needs OCR.</summary>
    Image,
    /// <summary>A program (PE, ELF or Mach-O): never leaves through this channel.</summary>
    Executable,
    /// <summary>An electronic 公文 (Document Instance): XML whose root is the kind of document (函, 書函, 簽 …).</summary>
    Di,
    /// <summary>The exchange form (交換表單) that travels with a DI: XML naming the recipients.</summary>
    Sw,
    /// <summary>An OpenDocument text (.odt/.ott, or flat .fodt): Taiwan's government document standard (CNS 15251).</summary>
    Odt,
    /// <summary>An OpenDocument spreadsheet (.ods/.ots, or flat .fods).</summary>
    Ods,
    /// <summary>An OpenDocument presentation (.odp/.otp, or flat .fodp).</summary>
    Odp,
}
