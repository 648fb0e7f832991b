using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Ooxml;
using DocScan.SampleDocs.Slides;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// An audit briefing about case 1: the slides are clean, but the speaker notes of slide 2 name the
/// insured person whose record was looked up. Notes travel with the file and print on handouts.
/// </summary>
public sealed class BriefingSlides : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var deck = new PptxBuilder(new DocumentProperties("個人資料保護稽核業務簡報", "政風室", "政風室", "衛生福利部中央健康保險署", Agencies.PowerPoint))
            .Slide(new SlideContent("個人資料保護稽核業務簡報", ["報告單位：政風室", "中華民國113年5月20日"]))
            .Slide(new SlideContent("查詢紀錄異常態樣",
            [
                "非因公查詢：以好奇或受他人請託為由調閱承保資料",
                "查詢事由登載不實：一律以「公務機關相關業務」為由",
                "查詢範圍逾越職掌：查詢非業管投保單位之在保人員",
            ],
                Notes: "講者備註：112年第4季抽核發現，承辦人以公務機關相關業務為由，查詢" +
                       plant.Id(SyntheticIds.K182199353, SegmentSources.Notes) +
                       "等3筆非業管在保資料，已請業務單位於5月底前說明。\n本頁簡報對外提供時請刪除備註。"))
            .Slide(new SlideContent("113年第1季稽核統計", [],
                Table:
                [
                    ["單位", "查詢筆數", "抽核筆數", "異常筆數"],
                    ["承保組", "12,480", "624", "3"],
                    ["財務組", "3,915", "196", "0"],
                    ["臺北業務組", "28,604", "1,430", "5"],
                    ["合計", "44,999", "2,250", "8"],
                ]));

        yield return new SampleDocument("業務簡報-個資保護稽核.pptx", deck.Build(), plant.Expectation);
    }
}
