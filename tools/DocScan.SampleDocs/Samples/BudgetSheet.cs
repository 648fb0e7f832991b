using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Ooxml;
using DocScan.SampleDocs.Sheets;
using static DocScan.SampleDocs.Sheets.SheetCell;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A budget table: ten-digit account codes, amounts, dates and a contract number shaped like an ID
/// that fails its checksum are not findings. The accounting office's phone line in the notes is: the
/// shipped rules know no agency numbers (an agency lists its own in the rules file).
/// </summary>
public sealed class BudgetSheet : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var workbook = new XlsxBuilder(new DocumentProperties("113年度歲出預算明細表", "主計室", "主計室", "新竹縣竹北市公所", Agencies.Excel));
        var sheet = workbook.Sheet("歲出預算").Columns(14, 30, 14, 14, 14, 12)
            .Row(new SheetCell(Kind.SharedString, "新竹縣竹北市公所 113年度歲出預算明細表", Style: CellStyles.Title))
            .Row(Text("單位：新臺幣元", CellStyles.Default))
            .Row(Header("科目代碼"), Header("科目名稱"), Header("本年度預算數"), Header("上年度預算數"), Header("比較增減"), Header("核定日期"));
        (double Code, string Name, double ThisYear, double LastYear)[] lines =
        [
            (5102010100, "一般行政－人員維持", 186_420_000, 181_935_000),
            (5102010200, "一般行政－基本行政工作維持", 42_318_000, 40_975_000),
            (5102020100, "民政業務－調解業務", 3_250_000, 3_180_000),
            (5102030300, "社會福利－老人福利", 27_860_000, 25_400_000),
            (5102040100, "建設業務－道路養護", 96_700_000, 102_350_000),
            (5102050200, "公園管理－綠美化工程", 15_480_000, 14_020_000),
        ];
        foreach (var line in lines)
        {
            sheet.Row(new SheetCell(Kind.Number, Number: line.Code, Style: CellStyles.Bordered), Text(line.Name),
                Amount(line.ThisYear), Amount(line.LastYear), Amount(line.ThisYear - line.LastYear), Date(new DateOnly(2023, 12, 22)));
        }

        sheet.Row(Text(""), Text("合計"), Amount(lines.Sum(l => l.ThisYear)), Amount(lines.Sum(l => l.LastYear)),
            Amount(lines.Sum(l => l.ThisYear - l.LastYear)), Text(""));

        workbook.Sheet("說明").Columns(90)
            .Row(Text("一、本表依據竹北市議會113年度總預算審議結果編製。", CellStyles.Default))
            .Row(Text($"二、道路養護減列係因契約 {Plantings.LookAlike("C113000123")} 已於112年度完成驗收。", CellStyles.Default))
            .Row(Text($"三、聯絡電話：{plant.Phone("(03)551-5111 分機 1234", SegmentSources.Sheet, role: FindingRoles.Official)}，主計室。", CellStyles.Default));

        yield return new SampleDocument("113年度歲出預算明細表.xlsx", workbook.Build(), plant.Expectation);
    }
}
