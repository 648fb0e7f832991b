using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Pdf;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A training handout that retells seed case 2 in the seed's own words (案情概述, 風險評估, 防治措施,
/// 參考法令) and quotes the law on sensitive data. It speaks about 前科, 刑案紀錄, 病歷 and evaluator
/// lists, and about keeping secrets, without stating anyone's record or marking anything classified:
/// nothing in it is a finding.
/// </summary>
public sealed class SecrecyTrainingHandout : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        using var pdf = new PdfComposer("公務機密維護宣導講義", "政風室");
        pdf.NewPage()
            .Heading("公務機密維護宣導講義")
            .Line("案例：員警掩飾洩密，不實登載職務報告案")
            .Line("主辦單位：政風室　　中華民國113年5月20日")
            .Rule()
            .Line("一、案情概述", 14)
            .Paragraph("某派出所員警甲上網瀏覽民眾乙在社群網站刊登與丙吵架之訊息，甲出於好奇心驅使，登入「M-POLICE」輸入丙之姓名，" +
                       "查詢丙國民身分證統一編號、出生年月日、戶籍等基本資料，復於同日以丙之身分證統一編號於該系統查詢丙之基本資料、" +
                       "刑案紀錄、駕籍、國人相片等個人資料。同日下午，乙與丙於PTT互傳訊息時，乙竟傳送「我的警察朋友告知我說你有前科，" +
                       "缺錢賣假貨，真是可憐」等內容。丙因疑己之個人資料遭人洩漏，遂向內政部警政署申訴。", 12, 2)
            .Paragraph("案經該警察局函請分局協助調查，甲為避免遭懲處，竟於職務報告登載查詢原因為「發現一女子行跡可疑，遂以M-POLICE查詢渠資料，" +
                       "因發現頁面有該女子刑案資料之提醒，故又點選渠前科素行、汽機車駕籍、相片、戶籍等」等不實事項。", 12, 2)
            .Paragraph("（參考資料：臺灣臺北地方法院108年度訴字第1056號判決）", 10)
            .Line("二、風險評估", 14)
            .Paragraph("（一）欠缺應保守職務秘密意識：員警基於職務經常查詢戶籍、車籍等個人資料，致洩密敏感度降低。", 12, 2)
            .Paragraph("（二）因職務查詢之便衍生犯罪：於調查時製作登載不實之職務報告，涉犯公務員登載不實罪。", 12, 2);
        pdf.NewPage()
            .Line("三、防治措施", 14)
            .Paragraph("（一）強化資通系統使用安全稽核，定期抽核查詢紀錄，非因公查詢民眾前科、就醫紀錄或病歷資料者，應依法究辦。", 12, 2)
            .Paragraph("（二）採購評選委員名單於開會前應予保密，寄送開會通知時應以密件副本方式分送，避免委員名單外洩。", 12, 2)
            .Paragraph("（三）來路不明之電子郵件附件如含巨集，請勿啟用內容，並通報資訊單位。", 12, 2)
            .Line("四、參考法令", 14)
            .Paragraph("（一）刑法第132條：公務員洩漏或交付關於中華民國國防以外應秘密之文書、圖畫、消息或物品者，處3年以下有期徒刑。", 12, 2)
            .Paragraph("（二）個人資料保護法第6條：有關病歷、醫療、基因、性生活、健康檢查及犯罪前科之個人資料，不得蒐集、處理或利用。", 12, 2)
            .Paragraph("（三）公務員服務法第5條：公務員有絕對保守政府機關（構）機密之義務。", 12, 2)
            .Paragraph("（四）政府採購法第34條及採購評選委員會組織準則第6條。", 12, 2);

        yield return new SampleDocument("公務機密維護宣導講義.pdf", pdf.Build("政風室　公務機密維護宣導講義", "secrecy-handout"), Expectation.Clean());
    }
}
