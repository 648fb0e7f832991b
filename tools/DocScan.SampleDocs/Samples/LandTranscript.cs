using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Pdf;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// Seed case 4: a 第二類謄本 (the kind anyone may apply for) of a parcel and the building on it. Land
/// offices print owners' IDs masked, so the IDs here are reported as masked-national-id and are no
/// leak on their own; the parcel and building numbers (also the one in the file name) are land-record
/// findings, listed for the reviewer: public register data, so the transcript is released.
/// </summary>
public sealed class LandTranscript : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var page = SegmentSources.Page;
        var file = $"土地登記第二類謄本-{plant.LandParcel("龍泉段0123地號", "龍泉段01**地號", SegmentSources.FileName)}.pdf";
        using var pdf = new PdfComposer("土地登記第二類謄本", "臺北市大安地政事務所");
        pdf.NewPage()
            .Heading("土地登記第二類謄本（所有權個人全部）", 16)
            .Line($"臺北市大安區{plant.LandParcel("龍泉段二小段　0123-0000地號", "龍泉段二小段0123-****地號", page)}")
            .Line("列印時間：民國113年05月20日09時30分")
            .Line("本謄本係網路申領之電子謄本，由申請人自行列印")
            .Line("謄本種類碼：7Q8R2T5W，可至地政電子謄本系統查驗本謄本之正確性")
            .Line("臺北市大安地政事務所　主任　林○○　　大安電腦字第012345號")
            .Line("資料管轄機關：臺北市大安地政事務所　謄本核發機關：臺北市大安地政事務所")
            .Rule()
            .Line("＊＊＊＊＊＊＊＊＊＊　土地標示部　＊＊＊＊＊＊＊＊＊＊", centered: true)
            .Line("登記日期：民國085年03月12日　　　登記原因：地籍圖重測")
            .Line("地　　目：（空白）　等　　則：－－　面　　積：＊＊＊＊＊245.67平方公尺")
            .Line("民國113年01月　公告土地現值：＊＊＊＊512,000元／平方公尺")
            .Line($"地上建物建號：{plant.BuildingNumber("01234-000", "01234-***建號", page)}")
            .Line($"其他登記事項：重測前：{plant.LandParcel("龍泉段三小段45-2地號", "龍泉段三小段45-*地號", page)}")
            .Line("＊＊＊＊＊＊＊＊＊＊　土地所有權部　＊＊＊＊＊＊＊＊＊＊", centered: true);
        Owner(pdf, plant, "0001", "王＊明", "F15****819", "臺北市大安區龍泉里＊＊鄰師大路＊＊＊號", "101北大字第012345號");
        Owner(pdf, plant, "0002", "陳＊華", "H25****019", "臺北市中正區南門里＊＊鄰南昌路二段＊＊號", "101北大字第012346號");
        pdf.Line("（本謄本土地部分列印完畢）", centered: true);

        pdf.NewPage()
            .Heading("建物登記第二類謄本（建號全部）", 16)
            .Line($"臺北市大安區{plant.BuildingNumber("龍泉段二小段　01234-000建號", "龍泉段二小段01234-***建號", page)}")
            .Line("列印時間：民國113年05月20日09時30分")
            .Rule()
            .Line("＊＊＊＊＊＊＊＊＊＊　建物標示部　＊＊＊＊＊＊＊＊＊＊", centered: true)
            .Line("登記日期：民國085年07月02日　　　登記原因：第一次登記")
            .Line("建物門牌：臺北市大安區師大路＊＊＊號5樓")
            .Line($"建物坐落地號：{plant.LandParcel("龍泉段二小段　0123-0000", "龍泉段二小段0123-****地號", page)}")
            .Line("主要用途：住家用　主要建材：鋼筋混凝土造　層數：007層　層次：五層")
            .Line("總面積：＊＊＊＊＊98.52平方公尺　建築完成日期：民國085年06月20日")
            .Line("＊＊＊＊＊＊＊＊＊＊　建物所有權部　＊＊＊＊＊＊＊＊＊＊", centered: true)
            .Line("（0001）登記次序：0001")
            .Line("登記日期：民國101年06月05日　　　登記原因：買賣")
            .Line("所有權人：王＊明")
            .Line($"統一編號：{plant.MaskedId("F15****819", page)}")
            .Line("權利範圍：全部　1分之1")
            .Line("（本謄本列印完畢）", centered: true)
            .Gap(10)
            .Paragraph("※注意：一、本電子謄本係依電子簽章法規定產製，其所載內容與地政事務所登記資料相符。二、第二類謄本依土地登記規則第24條之1規定，所有權人之統一編號及住址部分隱匿。", 10);

        yield return new SampleDocument(file,
            pdf.Build("臺北市大安地政事務所", "land-transcript"), plant.Expectation);
    }

    private static void Owner(PdfComposer pdf, Plantings plant, string order, string name, string maskedId, string address, string certificate) =>
        pdf.Line($"（{order}）登記次序：{order}")
            .Line("登記日期：民國101年06月05日　　　登記原因：買賣")
            .Line("原因發生日期：民國101年05月18日")
            .Line($"所有權人：{name}")
            .Line($"統一編號：{plant.MaskedId(maskedId, SegmentSources.Page)}")
            .Line($"住　　址：{address}")
            .Line("權利範圍：2分之1")
            .Line($"權狀字號：{certificate}")
            .Line("當期申報地價：113年01月＊＊＊＊98,400.0元／平方公尺");
}
