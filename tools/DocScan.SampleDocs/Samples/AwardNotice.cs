using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Pdf;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A procurement award notice as the e-procurement system prints it: the bidders' company numbers
/// (統一編號) are listed for the reviewer but are no personal data, so it is released. The case
/// number shaped like a company number fails its checksum; amounts and dates are no findings.
/// </summary>
public sealed class AwardNotice : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var page = SegmentSources.Page;
        using var pdf = new PdfComposer("決標公告", "新竹縣竹北市公所");
        pdf.NewPage()
            .Heading("決標公告")
            .Line("機關名稱：新竹縣竹北市公所　　單位名稱：工務課")
            .Line($"標案案號：{Plantings.NotUbn("11300517")}")
            .Line("標案名稱：竹北市斗崙段道路拓寬工程")
            .Line("招標方式：公開招標　　決標方式：最低標")
            .Line("決標日期：113/05/17　　決標公告日期：113/05/20")
            .Line("底價金額：新臺幣15,800,000元　　決標金額：新臺幣15,260,000元")
            .Rule()
            .Line("投標廠商家數：3")
            .Line("得標廠商：宏達營造股份有限公司")
            .Line($"得標廠商統一編號：{plant.Ubn("24591835", page)}")
            .Line("未得標廠商：大成土木包工業有限公司")
            .Line($"未得標廠商統一編號：{plant.Ubn("83615209", page)}")
            .Line("未得標廠商：永豐工程股份有限公司")
            .Line($"未得標廠商統一編號：{plant.Ubn("53102744", page)}")
            .Rule()
            .Paragraph("履約期限：決標次日起240日曆天。本案依政府採購法第61條及其施行細則第84條規定刊登決標公告。", 12);

        yield return new SampleDocument("決標公告-斗崙段道路拓寬工程.pdf", pdf.Build("新竹縣竹北市公所　決標公告", "award-notice"), plant.Expectation);
    }
}
