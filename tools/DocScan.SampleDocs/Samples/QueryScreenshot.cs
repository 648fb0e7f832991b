using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Packaging;
using SkiaSharp;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// Case 1 as it usually leaks: a screenshot of the NHI query screen saved as a picture, a table of the
/// people looked up with their IDs, birth dates and phones. Only OCR can read it.
/// </summary>
public sealed class QueryScreenshot : ISample
{
    // Screen fonts: Droid Sans Fallback for Chinese, DejaVu Sans for the Latin letters and digits it lacks.
    private const string ScreenFace = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
    private const string LatinFace = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public IEnumerable<SampleDocument> Build()
    {
        const string image = SegmentSources.Image;
        var plant = new Plantings();
        using var screen = new PrintedSheet(1280, 520, ScreenFace, LatinFace);
        screen.Fill(new SKRect(0, 0, 1280, 56), new SKColor(0x1f, 0x4e, 0x79));
        screen.Text("健保承保資料查詢系統　／　在保人員查詢結果", 20, 38, 24, SKColors.White);
        screen.Text("查詢條件：投保單位代號 0123456789　查詢日期：113/05/20　查詢事由：公務機關相關業務", 20, 100, 20);
        float[] columns = [20, 110, 260, 470, 650, 860];
        string[] header = ["序號", "姓名", "身分證號", "出生日期", "聯絡電話"];
        string[][] rows =
        [
            ["1", plant.Name("林怡君", image), plant.Id(SyntheticIds.F152601819, image), plant.BirthDate("078/05/12", image), plant.Phone("0912-345-678", image)],
            ["2", plant.Name("陳志豪", image), plant.Id(SyntheticIds.A166131861, image), plant.BirthDate("076/11/03", image), plant.Phone("0928-765-432", image)],
            ["3", plant.Name("黃淑芬", image), plant.Id(SyntheticIds.E209139090, image), plant.BirthDate("081/02/28", image), plant.Phone("0935-246-810", image)],
        ];
        screen.Table(columns, 130, 56, 22, [header, .. rows]);
        screen.Text("共 3 筆　　列印　匯出", 20, 400, 20);
        yield return new SampleDocument("健保承保系統-查詢畫面截圖.png", screen.Png(), plant.Expectation);
    }
}
