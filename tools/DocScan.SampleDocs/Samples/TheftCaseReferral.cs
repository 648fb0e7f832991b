using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A police referral of a theft case to the prosecutors: the suspect's name, birth date, ID and
/// address, his car's and the victim's scooter's plates, and his criminal record (有竊盜前科3犯),
/// sensitive data under 個人資料保護法第6條. The case number 113年度偵字第1234號, the 發文字號 and
/// the articles of the Criminal Code are no findings.
/// </summary>
public sealed class TheftCaseReferral : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var body = SegmentSources.Body;
        var docx = new DocxBuilder(Agencies.WordFile("刑事案件移送書", "偵查隊", "臺中市政府警察局第一分局"))
            .Body(
                Title("臺中市政府警察局第一分局　刑事案件移送書"),
                Text("發文日期：中華民國113年5月20日"),
                Text("發文字號：中市警一分偵字第1130012345號"),
                Text("受文者：臺灣臺中地方檢察署"),
                Text("速別：普通件"),
                Text("密等及解密條件或保密期限：普通"),
                Text("案由：竊盜"),
                Paragraph("both", 0,
                    Bold("犯罪嫌疑人："),
                    Run($"{plant.Name("郭志偉", body)}，男，{plant.BirthDate("民國80年1月15日", body)}生，身分證統一編號{plant.Id(SyntheticIds.A166131861, body)}，" +
                        $"住{plant.Address(body, "臺中市", "北區", "三民路", "三段", "129號", "7樓")}。")),
                Text("犯罪事實："),
                Clause($"一、郭嫌於113年5月12日凌晨2時許，駕駛車牌號碼{plant.VehiclePlate("ABC-5678", body)}號自用小客車至本市北區進化路一帶，" +
                       $"徒手竊取告訴人停放路旁之車牌號碼{plant.VehiclePlate("MKP-357", body)}號普通重型機車1部，得手後駛離。"),
                Clause($"二、告訴人{plant.Name("謝佩珊", body)}於同日上午7時發現機車遭竊，向本分局報案；經調閱路口監視器畫面並查詢車籍資料，查得郭嫌涉有重嫌。"),
                Clause($"三、經查郭嫌{plant.CriminalRecord("有竊盜前科3犯", body)}，另涉臺灣臺中地方檢察署113年度偵字第1234號竊盜案件，併請參辦。"),
                Text("證據：監視器畫面翻拍照片12張、失竊機車車籍資料1份、調查筆錄2份。"),
                Text("所犯法條：刑法第320條第1項。"),
                Text("此致"),
                Text("臺灣臺中地方檢察署"),
                Paragraph("right", 0, Run("分局長　○○○")));

        yield return new SampleDocument("刑事案件移送書-竊盜案.docx", docx.Build(), plant.Expectation);
    }
}
