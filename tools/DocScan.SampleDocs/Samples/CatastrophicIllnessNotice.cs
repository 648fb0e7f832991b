using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// Seed case 1's kind of data in a letter: the NHI administration tells an insured person her
/// catastrophic-illness certificate was approved. Her name, birth date, NHI card number, diagnosis and
/// its ICD-10 code are in it (health data: 個人資料保護法第6條). The law it cites and the twelve-digit
/// case number beside the word 健保卡 are no findings. Clause
/// three restates the certificate without naming her: a known gap, since only the letter as a whole ties it to her.
/// </summary>
public sealed class CatastrophicIllnessNotice : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var body = SegmentSources.Body;
        var docx = new DocxBuilder(Agencies.WordFile("重大傷病證明審查結果通知", "臺北業務組", "衛生福利部中央健康保險署"))
            .Body(
                Title("衛生福利部中央健康保險署　函"),
                Text($"受文者：{plant.Name("吳淑貞", body)}君"),
                Text("發文日期：中華民國113年5月20日"),
                Text("發文字號：健保北字第1130054321號"),
                Subject($"臺端申請全民健康保險{plant.HealthRecord("重大傷病證明一案", body)}，經審查符合規定，請查照。"),
                Text("說明："),
                Clause("一、依據全民健康保險法第48條及全民健康保險保險對象免自行負擔費用辦法第2條規定辦理。"),
                Clause($"二、被保險人{plant.Name("吳淑貞", body)}（出生日期：{plant.BirthDate("民國58年4月3日", body)}，健保卡號：{plant.NhiCard("0000 4821 7365", body)}）" +
                       $"經臺北市立聯合醫院{plant.HealthRecord("診斷為慢性腎臟病第五期", body)}，需長期接受血液透析治療（{plant.HealthRecord("ICD-10-CM：N18.6", body)}）。"),
                Clause($"三、核定之{Plantings.KnownGap("重大傷病證明有效期間")}自113年5月20日起至116年5月19日止，期間內就醫時請出示健保卡，免自行負擔該疾病之部分負擔費用。"),
                Clause($"四、如有疑義，請洽本署臺北業務組（本案受理編號：113052000123，查詢時請備妥健保卡），電話：{plant.Phone("(02)2191-2006 分機2525", body)}。"),
                Paragraph("right", 0, Run("署長　○○○")));

        yield return new SampleDocument("重大傷病證明審查結果通知.docx", docx.Build(), plant.Expectation);
    }
}
