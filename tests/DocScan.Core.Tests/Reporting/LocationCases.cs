using DocScan.Core.Extraction;
using DocScan.Core.Reporting;

namespace DocScan.Tests.Shared;

/// <summary>
/// Locations as extractors write them, each with the words a records clerk should read. Core's
/// LocationWords and the reviewer page's location.js are both held to this one list.
/// </summary>
public static class LocationCases
{
    private static readonly CellPosition NameColumn = new("word/document.xml#table2", 3, 0);

    private static readonly (FindingLocation Location, string Words)[] All =
    [
        // Word
        (At(SegmentSources.Body, "word/document.xml"), "內文"),
        (At(SegmentSources.Table, "word/document.xml", cell: NameColumn), "第 2 個表格第 4 列第 1 欄"),
        (At(SegmentSources.Table, "word/document.xml"), "表格"),
        (At(SegmentSources.Header, "word/header1.xml"), "頁首"),
        (At(SegmentSources.Footer, "word/footer2.xml"), "頁尾"),
        (At(SegmentSources.Header, "word/header1.xml", cell: new("word/header1.xml#table1", 0, 1)), "頁首的第 1 個表格第 1 列第 2 欄"),
        (At(SegmentSources.Footnote, "word/footnotes.xml"), "註腳"),
        (At(SegmentSources.Comment, "word/comments.xml"), "註解"),
        (At(SegmentSources.TextBox, "word/document.xml"), "文字方塊"),
        (At(SegmentSources.TrackedDeletion, "word/document.xml"), "追蹤修訂（已刪除）"),
        (At(SegmentSources.TrackedDeletion, "word/document.xml", cell: new("word/document.xml#table1", 2, 3)), "第 1 個表格第 3 列第 4 欄的追蹤修訂（已刪除）"),
        (At(SegmentSources.HiddenText, "word/document.xml"), "隱藏文字"),

        // Document properties: OOXML and PDF
        (At(SegmentSources.Metadata, "docProps/core.xml#creator"), "文件屬性「作者」"),
        (At(SegmentSources.Metadata, "docProps/core.xml#lastModifiedBy"), "文件屬性「最後修改者」"),
        (At(SegmentSources.Metadata, "docProps/core.xml#title"), "文件屬性「標題」"),
        (At(SegmentSources.Metadata, "docProps/core.xml#subject"), "文件屬性「主旨」"),
        (At(SegmentSources.Metadata, "docProps/app.xml#Company"), "文件屬性「公司」"),
        (At(SegmentSources.Metadata, "docProps/custom.xml#承辦人"), "文件屬性「承辦人」"),
        (At(SegmentSources.Metadata, "word/settings.xml#docVar:案號"), "文件屬性「文件變數 案號」"),
        (At(SegmentSources.Metadata, "word/document.xml#author"), "文件屬性「註解或修訂者」"),
        (At(SegmentSources.Metadata, "customXml/item1.xml"), "文件屬性"),
        (At(SegmentSources.Metadata, "謄本.pdf!/info/Author"), "附件「謄本.pdf」的文件屬性「作者」"),
        (At(SegmentSources.Metadata, "info/Creator"), "文件屬性「建立程式」"),
        (At(SegmentSources.Metadata, "info/承辦單位"), "文件屬性「承辦單位」"),
        (At(SegmentSources.Metadata, "公告.pdf!/xmp/dc:creator"), "附件「公告.pdf」的文件屬性「作者」"),

        // Worksheets
        (At(SegmentSources.Sheet, "查詢結果!C5", cell: new("查詢結果", 4, 2)), "工作表「查詢結果」C5"),
        (At(SegmentSources.Sheet, "原始資料"), "工作表名稱「原始資料」"),
        (At(SegmentSources.Sheet, "xl/sharedStrings.xml#12"), "工作表"),
        (At(SegmentSources.Comment, "查詢結果!B9"), "工作表「查詢結果」B9 的註解"),
        (At(SegmentSources.HiddenText, "名冊!D7"), "工作表「名冊」D7 的隱藏文字"),
        (At(SegmentSources.Header, "名冊#oddHeader"), "工作表「名冊」的頁首"),

        // Slides
        (At(SegmentSources.Slide, "ppt/slides/slide2.xml", 2), "第 2 張投影片"),
        (At(SegmentSources.Notes, "ppt/notesSlides/notesSlide2.xml", 2), "第 2 張投影片備忘稿"),
        (At(SegmentSources.Comment, "ppt/comments/modernComment_101_5E2B6C1A.xml", 3), "第 3 張投影片的註解"),
        (At(SegmentSources.Table, "ppt/slides/slide4.xml", 4, new("ppt/slides/slide4.xml#table1", 2, 1)), "第 4 張投影片的第 1 個表格第 3 列第 2 欄"),
        (At(SegmentSources.HiddenText, "ppt/slides/slide5.xml", 5), "第 5 張投影片的隱藏文字"),
        (At(SegmentSources.Slide, "ppt/slideMasters/slideMaster1.xml"), "投影片"),

        // ODF (the words of Word, Excel and PowerPoint; inside attachments where they would read the same)
        (At(SegmentSources.Body, "附件.zip!/申請書.odt!/content.xml"), "附件「附件.zip」內「申請書.odt」的內文"),
        (At(SegmentSources.Table, "函.odt!/content.xml", cell: new("content.xml#table2", 3, 0)), "附件「函.odt」的第 2 個表格第 4 列第 1 欄"),
        (At(SegmentSources.Header, "函.odt!/styles.xml"), "附件「函.odt」的頁首"),
        (At(SegmentSources.Footnote, "函.odt!/content.xml"), "附件「函.odt」的註腳"),
        (At(SegmentSources.Comment, "函.odt!/content.xml"), "附件「函.odt」的註解"),
        (At(SegmentSources.TrackedDeletion, "函.odt!/content.xml"), "附件「函.odt」的追蹤修訂（已刪除）"),
        (At(SegmentSources.HiddenText, "函.odt!/content.xml"), "附件「函.odt」的隱藏文字"),
        (At(SegmentSources.Metadata, "函.odt!/meta.xml#meta:initial-creator"), "附件「函.odt」的文件屬性「作者」"),
        (At(SegmentSources.Metadata, "函.odt!/meta.xml#dc:creator"), "附件「函.odt」的文件屬性「最後修改者」"),
        (At(SegmentSources.Metadata, "meta.xml#meta:printed-by"), "文件屬性「最後列印者」"),
        (At(SegmentSources.Metadata, "函.odt!/content.xml#author"), "附件「函.odt」的文件屬性「註解或修訂者」"),
        (At(SegmentSources.Sheet, "名冊.ods!/名冊!C5", cell: new("名冊", 4, 2)), "附件「名冊.ods」的工作表「名冊」C5"),
        (At(SegmentSources.Comment, "名冊.ods!/名冊!B9"), "附件「名冊.ods」的工作表「名冊」B9 的註解"),
        (At(SegmentSources.Notes, "簡報.odp!/content.xml", 2), "附件「簡報.odp」的第 2 張投影片備忘稿"),
        (At(SegmentSources.Table, "簡報.odp!/content.xml", 4, new("content.xml/slide4#table1", 2, 1)), "附件「簡報.odp」的第 4 張投影片的第 1 個表格第 3 列第 2 欄"),

        // PDF
        (At(SegmentSources.Page, "page/3", 3), "第 3 頁"),
        (At(SegmentSources.Page, "form/申請人身分證字號", 1), "第 1 頁的表單欄位「申請人身分證字號」"),

        // Images read by OCR (an image file, a TIFF's second page, a table on a screenshot)
        (At(SegmentSources.Image, "image", 1), "第 1 頁的圖片（OCR）"),
        (At(SegmentSources.Image, "image#2", 2), "第 2 頁的圖片（OCR）"),
        (At(SegmentSources.Image, "image", 1, new CellPosition("image#table1", 2, 1)), "第 1 頁的圖片（OCR）的第 1 個表格第 3 列第 2 欄"),
        (At(SegmentSources.Image, "掃描.tif!/image#2", 2), "附件「掃描.tif」的第 2 頁的圖片（OCR）"),

        // Pictures of a document read by OCR, and embedded objects: parts of the document, not attachments
        (At(SegmentSources.Image, "word/media/image1.png!/image", 1), "內文的圖片「image1.png」（OCR）"),
        (At(SegmentSources.Image, "xl/media/image1.jpeg!/image", 1), "工作表的圖片「image1.jpeg」（OCR）"),
        (At(SegmentSources.Image, "ppt/media/image3.png!/image", 1), "投影片的圖片「image3.png」（OCR）"),
        (At(SegmentSources.Image, "media/image.png!/image", 1), "圖片「image.png」（OCR）"),
        (At(SegmentSources.Image, "Pictures/10000001000003840000001A4.png!/image", 1), "圖片「10000001000003840000001A4.png」（OCR）"),
        (At(SegmentSources.Image, "word/media/image2.tif!/image#2", 2), "內文的圖片「image2.tif」的第 2 頁（OCR）"),
        (At(SegmentSources.Image, "word/media/image1.png!/image", 1, new CellPosition("image#table1", 2, 1)), "內文的圖片「image1.png」（OCR）的第 1 個表格第 3 列第 2 欄"),
        (At(SegmentSources.Image, "附件.zip!/申請書.docx!/word/media/image1.png!/image", 1), "附件「附件.zip」內「申請書.docx」的內文的圖片「image1.png」（OCR）"),
        (At(SegmentSources.Attachment, "word/media/image1.png"), "內文的圖片「image1.png」的檔名"),
        (At(SegmentSources.Sheet, "word/embeddings/Microsoft_Excel_Worksheet.xlsx!/名冊!C5", cell: new("名冊", 4, 2)), "內嵌物件「Microsoft_Excel_Worksheet.xlsx」的工作表「名冊」C5"),
        (At(SegmentSources.Sheet, "內嵌物件1!/名冊!C5", cell: new("名冊", 4, 2)), "第 1 個內嵌物件的工作表「名冊」C5"),
        (At(SegmentSources.Body, "內嵌物件2!/申請書.docx!/word/document.xml"), "第 2 個內嵌物件內「申請書.docx」的內文"),
        (At(SegmentSources.Body, "Object 1!/content.xml"), "第 1 個內嵌物件的內文"),
        (At(SegmentSources.Comment, "page/3/annotation", 3), "第 3 頁的註解"),
        (At(SegmentSources.Comment, "page/3/annotation/author", 3), "第 3 頁的註解作者"),

        // Text files
        (At(SegmentSources.Body, "L10"), "第 10 行"),
        (At(SegmentSources.Body, "L2048+1048576"), "第 2048 行"),
        (At(SegmentSources.Table, "L3:C5"), "第 3 行"),

        // E-mail
        (At(SegmentSources.EmailHeader, "From"), "郵件標頭「寄件者」"),
        (At(SegmentSources.EmailHeader, "To"), "郵件標頭「收件者」"),
        (At(SegmentSources.EmailHeader, "Cc"), "郵件標頭「副本」"),
        (At(SegmentSources.EmailHeader, "Bcc"), "郵件標頭「密件副本」"),
        (At(SegmentSources.EmailHeader, "Subject"), "郵件標頭「主旨」"),
        (At(SegmentSources.EmailHeader, "Reply-To"), "郵件標頭「回覆地址」"),
        (At(SegmentSources.EmailHeader, "thread-topic"), "郵件標頭「討論串主旨」"),
        (At(SegmentSources.EmailHeader, "X-承辦人"), "郵件標頭「X-承辦人」"),
        (At(SegmentSources.EmailBody, "body/text"), "郵件內文"),
        (At(SegmentSources.EmailBody, "body/html/comment"), "郵件內文的隱藏註解"),

        // Electronic 公文 (DI): element paths
        (At(SegmentSources.Di, "主旨"), "公文「主旨」"),
        (At(SegmentSources.Di, "段落[說明：]/條列[一、]"), "公文「說明」第一點"),
        (At(SegmentSources.Di, "段落[說明：]/條列[一、]/條列[(二)]"), "公文「說明」第一點(二)"),
        (At(SegmentSources.Di, "段落[辦法：]"), "公文「辦法」"),
        (At(SegmentSources.Di, "段落[說明：]@段名"), "公文「說明」"),
        (At(SegmentSources.Di, "受文者"), "受文者"),
        (At(SegmentSources.Di, "正本/全銜"), "正本"),
        (At(SegmentSources.Di, "副本/全銜"), "副本"),
        (At(SegmentSources.Di, "發文機關/全銜"), "公文「發文機關」"),
        (At(SegmentSources.Di, "速別@代碼"), "公文「速別」"),
        (At(SegmentSources.Di, "密等及解密條件或保密期限/密等@代碼"), "公文「密等」"),
        (At(SegmentSources.Di, "函.zip!/公文.di!/聯絡方式"), "附件「函.zip」內「公文.di」的公文「聯絡方式」"),
        (At(SegmentSources.Body, "公文.di!/附件一.txt!/L3"), "附件「公文.di」內「附件一.txt」的第 3 行"),

        // Names, and documents inside documents
        (At(SegmentSources.FileName, "土地登記第二類謄本-龍泉段01**地號.pdf"), "檔名"),
        (At(SegmentSources.Attachment, "F15****819-陳情書.docx"), "附件「F15****819-陳情書.docx」的檔名"),
        (At(SegmentSources.Attachment, "附件.zip!/申請書.docx"), "附件「附件.zip」內「申請書.docx」的檔名"),
        (At(SegmentSources.Body, "附件.zip!/申請書.docx!/word/document.xml"), "附件「附件.zip」內「申請書.docx」的內文"),
        (At(SegmentSources.Table, "附件.zip!/申請書.docx!/word/document.xml", cell: NameColumn), "附件「附件.zip」內「申請書.docx」的第 2 個表格第 4 列第 1 欄"),
        (At(SegmentSources.EmailHeader, "陳情往來信件.zip!/原始陳情信.eml!/From"), "附件「陳情往來信件.zip」內「原始陳情信.eml」的郵件標頭「寄件者」"),
        (At(SegmentSources.Page, "謄本/龍泉段.pdf!/page/2", 2), "附件「謄本/龍泉段.pdf」的第 2 頁"),
        (At(SegmentSources.Sheet, "名冊.xlsx!/名冊!C5", cell: new("名冊", 4, 2)), "附件「名冊.xlsx」的工作表「名冊」C5"),
    ];

    /// <summary>Each case by its expected words: no two cases may read the same.</summary>
    public static IReadOnlyDictionary<string, FindingLocation> ByWords { get; } = All.ToDictionary(c => c.Words, c => c.Location);

    /// <summary>The expected words, one test row each.</summary>
    public static TheoryData<string> Words() => new(ByWords.Keys);

    private static FindingLocation At(string source, string path, int? page = null, CellPosition? cell = null) =>
        new(source, path, page, 0, 10, cell);
}
