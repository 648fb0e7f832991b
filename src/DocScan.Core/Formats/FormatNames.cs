namespace DocScan.Core.Formats;

/// <summary>Names of formats as reports (machine) and clerks (people) read them.</summary>
public static class FormatNames
{
    /// <summary>The <c>document.format</c> value of a report.</summary>
    public static string Id(FileFormat format) => format switch
    {
        FileFormat.EncryptedOffice => "encrypted-office",
        FileFormat.LegacyOffice => "legacy-office",
        _ => format.ToString().ToLowerInvariant(),
    };

    public static string Describe(FileFormat format) => format switch
    {
        FileFormat.Docx => "Word 文件（docx）",
        FileFormat.Docm => "含巨集的 Word 文件（docm）",
        FileFormat.Xlsx => "Excel 活頁簿（xlsx）",
        FileFormat.Xlsm => "含巨集的 Excel 活頁簿（xlsm）",
        FileFormat.Pptx => "PowerPoint 簡報（pptx）",
        FileFormat.Pptm => "含巨集的 PowerPoint 簡報（pptm）",
        FileFormat.Pdf => "PDF 文件",
        FileFormat.Eml => "電子郵件（eml）",
        FileFormat.Text => "純文字",
        FileFormat.Zip => "ZIP 壓縮檔",
        FileFormat.EncryptedOffice => "加密的 Office 文件",
        FileFormat.LegacyOffice => "舊版 Office 二進位文件",
        FileFormat.Executable => "可執行程式",
        FileFormat.Image => "圖片",
        FileFormat.Di => "電子公文（DI）",
        FileFormat.Sw => "公文交換表單（sw）",
        FileFormat.Odt => "ODF 文字文件（odt）",
        FileFormat.Ods => "ODF 試算表（ods）",
        FileFormat.Odp => "ODF 簡報（odp）",
        _ => "無法辨識的二進位資料",
    };
}
