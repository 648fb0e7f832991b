using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A 簽 whose visible text is clean: the petitioner's ID was hidden with 隱藏文字 instead of deleted,
/// and a reviewer's comment repeats another ID. The street number where the lamp failed reads as an
/// address (the petitioner lives there), and is reported as one.
/// </summary>
public sealed class PetitionDraftWithHiddenText : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var docx = new DocxBuilder(Agencies.WordFile("陳情案簽稿", "建設課", "桃園市中壢區公所"))
            .Comment(0, "建設課課長", "課長",
                $"請再核對陳情人身分證號 {plant.Id(SyntheticIds.B218190937, SegmentSources.Comment)} 與系統登錄資料是否相符。")
            .Body(
                Title("簽　　於建設課"),
                Paragraph("right", 0, Run("中華民國113年5月20日")),
                Subject("有關民眾陳情中壢區新生路二段路燈故障一案，擬復如說明，簽請核示。"),
                Text("說明："),
                Paragraph("both", 0,
                    Run("一、"),
                    CommentStart(0),
                    Run("陳情人"),
                    Hidden($"（{plant.Id(SyntheticIds.K182199353, SegmentSources.HiddenText)}）"),
                    CommentEnd(0),
                    Run($"於113年5月13日以電子郵件反映{plant.Address(SegmentSources.Body, "新生路", "二段", "120號")}前路燈不亮，影響夜間行車安全。")),
                Clause("二、經本課派員查修，係燈具老化所致，已於113年5月16日更換完成。"),
                Paragraph("both", 0, Bold("擬辦："), Run("擬以書函回復陳情人，並副知里辦公處。")),
                Paragraph("right", 0, Run("承辦人　　　　課長　　　　秘書　　　　區長")));

        yield return new SampleDocument("陳情案簽稿.docx", docx.Build(), plant.Expectation);
    }
}
