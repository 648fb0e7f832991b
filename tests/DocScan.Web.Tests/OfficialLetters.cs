using DocScan.Tests.Shared;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocScan.Web.Tests;

/// <summary>Outgoing letters as a records clerk writes them in Word, with a synthetic checksum-valid national ID.</summary>
public static class OfficialLetters
{
    /// <summary>臺北市政府社會局's reply to an applicant for low-income household status: verdict redact.</summary>
    public static byte[] LowIncomeReply(string nationalId = TestDocuments.NationalId) => Word(
        "臺北市政府社會局 函",
        "地址：11008臺北市信義區市府路1號",
        "承辦人：林怡君",
        "受文者：王小明君",
        "發文日期：中華民國115年3月2日",
        "發文字號：北市社助字第1153012345號",
        "速別：普通件",
        "主旨：有關　台端申請中低收入戶資格一案，復如說明，請查照。",
        "說明：",
        $"一、依據　台端115年2月10日申請書辦理。申請人：王小明，身分證統一編號：{nationalId}。",
        "二、經審查　台端家庭總收入平均分配全家人口，每人每月未超過本市最低生活費1.5倍，符合中低收入戶資格，自115年3月起核列。",
        "三、如不服本處分，得於收受本函次日起30日內，繕具訴願書經由本局向臺北市政府提起訴願。",
        "正本：王小明君",
        "副本：臺北市信義區公所",
        "局長　周文貞");

    /// <summary>A reply that shows the query screen as a picture pasted into the letter (its IDs are in the picture only).</summary>
    public static byte[] WithPicture(byte[] png) => Word(png,
        "臺北市政府社會局 函",
        "發文字號：北市社助字第1153012346號",
        "主旨：檢送本局承保資料查詢結果1份，請查照。",
        "說明：查詢畫面如附圖。");

    private static byte[] Word(params string[] paragraphs) => Word(null, paragraphs);

    private static byte[] Word(byte[]? png, params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(text =>
                new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })))));
            main.Document.Save();
            if (png is not null)
            {
                using var picture = new MemoryStream(png);
                main.AddImagePart(ImagePartType.Png).FeedData(picture);
            }
        }

        return stream.ToArray();
    }

    /// <summary>All text of a Word document, for checking what a released draft says.</summary>
    public static string TextOf(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return string.Concat(document.MainDocumentPart!.Document!.Body!.Descendants<Text>().Select(t => t.Text));
    }
}
