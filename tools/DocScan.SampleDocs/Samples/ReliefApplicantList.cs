using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// IDs as clerks really type them: one in full-width digits (typed with the IME in full-width mode)
/// and one broken up with spaces in a table cell, beside an ordinary one; with the applicants' names,
/// household addresses and the office phone.
/// </summary>
public sealed class ReliefApplicantList : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var table = SegmentSources.Table;
        var fullWidth = plant.Id("Ｆ１５２６０１８１９", SegmentSources.Body);
        var docx = new DocxBuilder(Agencies.WordFile("急難救助申請案件彙整表", "社會課", "高雄市鳳山區公所"))
            .Body(
                Title("高雄市鳳山區公所　113年5月急難救助申請案件彙整表"),
                Paragraph("both", 2, Run($"本月受理急難救助申請共3件，其中申請人{plant.Name("王大明", SegmentSources.Body)}（身分證統一編號{fullWidth}）因家中主要生計者驟逝，已先行核發慰助金，餘如下表。")),
                Table([800, 1500, 2400, 3600, 1500],
                    ["編號", "申請人", "身分證統一編號", "戶籍地址", "核定金額"],
                    ["1", plant.Name("李美玲", table), plant.Id("H 259 083 019", table), plant.Address(table, "高雄市", "鳳山區", "光復路", "二段", "132號", "5樓"), "10,000"],
                    ["2", plant.Name("張志豪", table), plant.Id(SyntheticIds.A166131861, table), plant.Address(table, "高雄市", "鳳山區", "五甲一路", "18巷", "3號"), "5,000"],
                    ["3", "陳○○", "（資料補正中）", plant.Address(table, "高雄市", "鳳山區", "國泰路", "一段", "77號"), "待核"]),
                Clause($"承辦人：社會課　陳專員　{plant.Phone("(07)742-2111 分機1502", SegmentSources.Body)}"));

        yield return new SampleDocument("急難救助申請案件彙整表.docx", docx.Build(), plant.Expectation);
    }
}
