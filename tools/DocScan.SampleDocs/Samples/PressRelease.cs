using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A press release full of things that look like IDs and are not: a 發文字號, an e-invoice number, an
/// ID-shaped string with a wrong check digit and an asset code, the 165 hotline, a social-media handle
/// (@daan.district, no e-mail address). The district office's
/// phone (printed twice) is a finding under the shipped rules, which know no agency numbers.
/// </summary>
public sealed class PressRelease : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        string OfficePhone() => plant.Phone("(02)2351-1711 分機301", SegmentSources.Body, role: FindingRoles.Official);
        var docx = new DocxBuilder(Agencies.WordFile("新聞稿", "新聞處", "臺北市政府"))
            .Body(
                Title("臺北市政府新聞稿"),
                Paragraph("right", 0, Run("發布日期：113年5月20日")),
                Paragraph("center", 0, Bold("大安區市民活動中心今啟用　歡迎市民踴躍使用")),
                Paragraph("both", 2, Run("臺北市大安區市民活動中心今（20）日正式啟用。本府民政局表示，活動中心興建計畫業經本府113年5月10日府授民字第1130012345號函核定，設有多功能教室、閱覽室及長者共餐空間，即日起開放里民借用。")),
                Paragraph("both", 2, Run($"啟用期間凡於中心內合作攤位消費並索取電子發票者，可憑發票（例如 {Plantings.LookAlike("AB-12345678")}）參加抽獎。中心新購之無障礙昇降設備財產編號為 {Plantings.LookAlike("D120240518")}，已完成安全檢查。")),
                Paragraph("both", 2, Run($"民政局也提醒，近日有詐騙集團假冒公所來電，以「您的身分證號 {Plantings.LookAlike("F152601818")} 遭冒用」為由要求操作ATM，請民眾切勿上當，如有疑問請撥165反詐騙專線。")),
                Paragraph("both", 2, Run($"場地借用請洽大安區公所，電話 {OfficePhone()}，或上網至臺北市政府場地租借系統申請；活動訊息請追蹤大安區公所臉書粉絲專頁（@daan.district）。")),
                Text($"新聞聯絡人：大安區公所　林科長　{OfficePhone()}"));

        yield return new SampleDocument("新聞稿-大安區市民活動中心啟用.docx", docx.Build(), plant.Expectation);
    }
}
