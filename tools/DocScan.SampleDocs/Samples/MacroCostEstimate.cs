using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Packaging;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A cost estimate saved as .docm because its template computes totals with a VBA macro. Nothing in
/// its text is personal, but a macro runs on the recipient's machine (seed case 5: ransomware arrives
/// this way): blocked.
/// </summary>
public sealed class MacroCostEstimate : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        plant.VbaProject();
        var docx = new DocxBuilder(Agencies.WordFile("工程預算書", "養護工程科", "臺南市政府工務局"))
            .MacroProject(VbaProject.Create("預算計算", "AutoTotal", "RoundAmounts"))
            .Body(
                Title("臺南市政府工務局　工程預算書"),
                Text("工程名稱：113年度安平區道路人行道改善工程"),
                Text("本表含自動計算巨集，開啟後請按「啟用內容」以計算複價及合計。"),
                Table([900, 3600, 900, 1100, 1500, 1700],
                    ["項次", "項目及說明", "單位", "數量", "單價（元）", "複價（元）"],
                    ["壹", "人行道透水磚鋪面", "平方公尺", "1,250", "2,380", "2,975,000"],
                    ["貳", "無障礙斜坡道改善", "處", "18", "45,600", "820,800"],
                    ["參", "路樹植穴改善", "處", "64", "8,750", "560,000"],
                    ["肆", "交通維持及安全衛生費", "式", "1", "126,500", "126,500"],
                    ["", "合計", "", "", "", "4,482,300"]),
                Clause("備註：本預算書依行政院公共工程委員會公共工程價格資料庫113年第1季單價編列。"));

        yield return new SampleDocument("工程預算書-自動計算.docm", docx.Build(), plant.Expectation);
    }
}
