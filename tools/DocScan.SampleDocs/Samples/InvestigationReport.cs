using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Pdf;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A three-page administrative investigation report on a case-1 style look-up; only page 3, where the
/// facts are found, names the person looked up, with her ID. Staff are 甲 and 乙, as such reports write them.
/// </summary>
public sealed class InvestigationReport : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        using var pdf = new PdfComposer("行政調查報告", "政風室");
        pdf.NewPage()
            .Heading("承辦人違規查詢個人資料案行政調查報告")
            .Line("調查單位：政風室　　報告日期：中華民國113年5月20日")
            .Rule()
            .Line("一、案由", 14)
            .Paragraph("本署承保組承辦人甲，涉嫌受非業管投保單位人員乙之請託，利用承保應用系統查詢該公司在保人員資料，並將查詢畫面提供予乙，嗣遭乙張貼於通訊軟體群組，經當事人向本署陳情。", 12, 2)
            .Line("二、調查經過", 14)
            .Paragraph("（一）113年4月22日受理陳情後，即調閱承保應用系統查詢紀錄，比對查詢事由與承辦業務範圍。", 12, 2)
            .Paragraph("（二）113年4月29日約談承辦人甲，甲坦承受乙請託查詢，查詢事由則一律登載為「公務機關相關業務」。", 12, 2)
            .Paragraph("（三）113年5月6日函請資訊處提供甲之帳號登入紀錄及列印紀錄，經核與查詢紀錄相符。", 12, 2);
        pdf.NewPage()
            .Line("三、調查發現", 14)
            .Paragraph("（一）甲於113年3月間共查詢非業管投保單位在保人員資料12筆，均無相關公文或申請案件可稽。", 12, 2)
            .Paragraph("（二）承保應用系統雖要求登載查詢事由，惟未與案件文號勾稽，主管亦未定期複核查詢紀錄。", 12, 2)
            .Paragraph("（三）甲所屬科室未依本署資通安全管理規定，按業務職掌限縮查詢範圍。", 12, 2)
            .Paragraph("（四）甲自承對個人資料保護法及刑法第132條之保密義務認識不足。", 12, 2);
        pdf.NewPage()
            .Line("四、違失事實認定", 14)
            .Paragraph($"（一）甲於113年3月18日以「公務機關相關業務」為由，查詢受查詢人{plant.Name("周佳蓉", SegmentSources.Page)}（身分證統一編號 {plant.Id(SyntheticIds.R246281946, SegmentSources.Page)}）之投保資料，並截取畫面交付乙，違反公務員服務法第6條及個人資料保護法第15條規定。", 12, 2)
            .Paragraph("（二）甲之直屬主管未落實查詢紀錄複核，核有督導不周之責。", 12, 2)
            .Line("五、建議", 14)
            .Paragraph("（一）甲移送懲戒，其涉犯刑事部分移請地方檢察署偵辦。", 12, 2)
            .Paragraph("（二）承保應用系統增加查詢事由與案件文號勾稽功能，並每月由主管抽核查詢紀錄。", 12, 2)
            .Paragraph("（三）辦理個人資料保護及公務機密維護教育訓練。", 12, 2);

        yield return new SampleDocument("行政調查報告.pdf", pdf.Build("政風室　行政調查報告", "investigation-report"), plant.Expectation);
    }
}
