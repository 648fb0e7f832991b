using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Ooxml;
using DocScan.SampleDocs.Sheets;
using static DocScan.SampleDocs.Sheets.SheetCell;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// Seed case 1: an export of the NHI underwriting system's "insured persons" screen for a company the
/// clerk had no business with. The visible sheet lists five insured people; a hidden sheet keeps the
/// raw query rows (one person appears in both); a cell note names a dependant with her ID. Names and
/// birth dates are findings wherever their column says what they are (姓名, NAME, 出生日期, BIRTH).
/// </summary>
public sealed class NhiQueryExport : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        const string unit = "宏達精密工業股份有限公司";
        var workbook = new XlsxBuilder(new DocumentProperties("在保人員查詢結果", "承保組", "承保組", "衛生福利部中央健康保險署", Agencies.Excel));

        var screen = workbook.Sheet("查詢結果").Columns(6, 10, 16, 11, 28, 11, 12, 8)
            .Row(new SheetCell(Kind.SharedString, "衛生福利部中央健康保險署　承保應用系統－在保人員查詢結果", Style: CellStyles.Title))
            .Row(Text($"查詢條件：投保單位代號 062345671（{unit}）　查詢時間：113/05/14 14:32", CellStyles.Default))
            .Row(Text("查詢人員：承保組 NHI0312　查詢事由：公務機關相關業務", CellStyles.Default))
            .Row(Header("序號"), Header("姓名"), Header("身分證統一編號"), Header("出生日期"), Header("投保單位"),
                Header("投保金額"), Header("加保日期"), Header("身分別"));
        (string Name, string Id, string Birth, double Amount, DateOnly Since)[] insured =
        [
            ("王大明", SyntheticIds.F152601819, "075/03/12", 45800, new DateOnly(2019, 7, 1)),
            ("李美玲", SyntheticIds.H259083019, "078/11/02", 38200, new DateOnly(2020, 3, 16)),
            ("張志豪", SyntheticIds.A166131861, "082/06/25", 31800, new DateOnly(2021, 9, 1)),
            ("陳怡君", SyntheticIds.E209139090, "069/01/30", 50600, new DateOnly(2016, 2, 15)),
            ("黃建國", SyntheticIds.T196030828, "065/08/08", 72800, new DateOnly(2012, 5, 2)),
        ];
        for (var i = 0; i < insured.Length; i++)
        {
            var person = insured[i];
            screen.Row(Text((i + 1).ToString()), Text(plant.Name(person.Name, SegmentSources.Sheet)), Text(plant.Id(person.Id, SegmentSources.Sheet)),
                Text(plant.BirthDate(person.Birth, SegmentSources.Sheet)), Text(unit), Amount(person.Amount), Date(person.Since), Text("本人"));
        }

        screen.Row(Text($"共 {insured.Length} 筆", CellStyles.Default));
        screen.Comment("B9", "承保組",
            $"眷屬{plant.Name("林秀英", SegmentSources.Comment)}（{plant.Id(SyntheticIds.B218190937, SegmentSources.Comment)}）已於113/04/30退保，畫面未列。");

        var raw = workbook.Sheet("原始資料", hidden: true).Columns(14, 10, 10, 12, 10)
            .Row(Inline("IDNO"), Inline("NAME"), Inline("BIRTH"), Inline("UNIT_NO"), Inline("AMT"));
        (string Id, string Name, string Birth, double Amount)[] rows =
        [
            (SyntheticIds.R246281946, "周佳蓉", "0760405", 36300),
            (SyntheticIds.K182199353, "吳俊傑", "0710919", 42000),
            (SyntheticIds.F152601819, "王大明", "0750312", 45800),
        ];
        foreach (var row in rows)
        {
            raw.Row(Inline(plant.Id(row.Id, SegmentSources.Sheet, hiddenSheet: true)), Inline(plant.Name(row.Name, SegmentSources.Sheet, hiddenSheet: true)),
                Inline(plant.BirthDate(row.Birth, SegmentSources.Sheet, hiddenSheet: true)),
                Inline("062345671"), new SheetCell(Kind.Number, Number: row.Amount, Style: CellStyles.Bordered));
        }

        yield return new SampleDocument("健保承保系統-在保人員查詢結果.xlsx", workbook.Build(), plant.Expectation);
    }
}
