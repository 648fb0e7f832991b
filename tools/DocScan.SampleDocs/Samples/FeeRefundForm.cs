using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A fee refund form as a land office files it: the applicant's name, mobile, address, the credit
/// card the fee was paid with and the post-office account for the refund. The receipt's payment code
/// (14 digits, no card issuer), the office's phone beside 匯款 and the amounts are no card or account.
/// </summary>
public sealed class FeeRefundForm : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var table = SegmentSources.Table;
        var docx = new DocxBuilder(Agencies.WordFile("規費退費申請書", "登記課", "臺北市松山地政事務所"))
            .Body(
                Title("臺北市松山地政事務所　規費退費申請書"),
                Table([2600, 7000],
                    ["欄位", "填寫內容"],
                    ["申請人", plant.Name("陳俊宏", table)],
                    ["聯絡電話", plant.Phone("0933-456-789", table)],
                    ["通訊地址", plant.Address(table, "臺北市", "松山區", "八德路", "四段", "692號", "6樓")],
                    ["原收件字號", "松山字第004512號（第一類登記謄本申請）"],
                    ["繳費銷帳編號", Plantings.NotCreditCard("98113051700452")],
                    ["繳費日期", "113/05/10"],
                    ["原繳費方式", $"信用卡（卡號 {plant.CreditCard("4563-1800-2701-3359", table)}）"],
                    ["退費金額", "新臺幣400元"],
                    ["退費原因", "重複繳費"],
                    ["退費方式", "匯入申請人帳戶"],
                    ["金融機構", "中華郵政股份有限公司松山郵局"],
                    ["戶名", plant.Name("陳俊宏", table)],
                    ["帳號", plant.BankAccount("0001234-0567891", table)]),
                Clause($"※信用卡繳費者依發卡機構作業時程刷退；匯款作業如有疑問，請洽本所登記課 {plant.Phone("(02)2756-1020 分機115", SegmentSources.Body)}。"),
                Paragraph("right", 0, Run("申請日期：中華民國113年5月17日")));

        yield return new SampleDocument("規費退費申請書.docx", docx.Build(), plant.Expectation);
    }
}
