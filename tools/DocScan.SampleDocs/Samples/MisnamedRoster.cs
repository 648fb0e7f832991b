using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A .docx renamed to .pdf: it must be read as what it is (so the volunteer's name, ID and phone are found) and the mismatch
/// reported, since the recipient's PDF reader will not open it.
/// </summary>
public sealed class MisnamedRoster : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings(Expectation.WithProblem(ProblemCodes.ExtensionMismatch));
        var docx = new DocxBuilder(Agencies.WordFile("志工名冊", "社會課", "高雄市前鎮區公所"))
            .Body(
                Title("高雄市前鎮區公所113年度志工名冊"),
                Table([1000, 1600, 2600, 2400, 2000],
                    ["編號", "姓名", "身分證統一編號", "服務項目", "聯絡電話"],
                    ["1", plant.Name("吳俊傑", SegmentSources.Table), plant.Id(SyntheticIds.K182199353, SegmentSources.Table), "關懷訪視", plant.Phone("(07)821-4567", SegmentSources.Table)],
                    ["2", "林○○", "（資料未齊）", "環境清潔", plant.Phone("(07)821-8899", SegmentSources.Table)]));

        yield return new SampleDocument("名冊.pdf", docx.Build(), plant.Expectation);
    }
}
