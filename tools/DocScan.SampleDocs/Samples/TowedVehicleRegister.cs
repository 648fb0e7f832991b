using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Ooxml;
using DocScan.SampleDocs.Sheets;
using static DocScan.SampleDocs.Sheets.SheetCell;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A day's register of towed vehicles: plates in the three formats still on the road (ABC-1234,
/// 123-ABC for scooters, 1234-AB on older cars). The towing slip numbers (TP-1130519…) look like plates
/// to the eye but are longer; intersections without house numbers are no addresses.
/// </summary>
public sealed class TowedVehicleRegister : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var sheet = SegmentSources.Sheet;
        var workbook = new XlsxBuilder(new DocumentProperties("違規車輛移置保管清冊", "停車管理工程處", "停車管理工程處", "臺北市停車管理工程處", Agencies.Excel));
        var register = workbook.Sheet("移置清冊").Columns(6, 16, 12, 14, 30, 24, 12, 16)
            .Row(new SheetCell(Kind.SharedString, "臺北市停車管理工程處　違規車輛移置保管清冊（113年5月19日）", Style: CellStyles.Title))
            .Row(Header("序號"), Header("移置時間"), Header("車牌號碼"), Header("車種"), Header("違規地點"), Header("違規事實"), Header("保管場"), Header("移置單號"));
        (string Time, string Plate, string Kind, string Place, string Fact, string Lot, string Slip)[] towed =
        [
            ("113/05/19 08:12", "BKR-5273", "自用小客車", "信義區松仁路與松壽路口", "在禁止臨時停車處所停車", "信義保管場", "TP-1130519001"),
            ("113/05/19 09:40", "785-MTK", "普通重型機車", "大安區忠孝東路四段216巷口", "占用人行道", "大安保管場", "TP-1130519002"),
            ("113/05/19 10:05", "2896-TH", "自用小客車", "中山區南京東路二段與新生北路口", "併排停車", "中山保管場", "TP-1130519003"),
        ];
        for (var i = 0; i < towed.Length; i++)
        {
            var t = towed[i];
            register.Row(Text((i + 1).ToString()), Text(t.Time), Text(plant.VehiclePlate(t.Plate, sheet)), Text(t.Kind), Text(t.Place), Text(t.Fact), Text(t.Lot), Text(t.Slip));
        }

        workbook.Sheet("說明").Columns(90)
            .Row(Text("一、依道路交通管理處罰條例第56條第4項及第62條規定移置保管。", CellStyles.Default))
            .Row(Text("二、車主請攜帶行車執照及身分證明文件，至保管場繳納移置費及保管費後領車。", CellStyles.Default));

        yield return new SampleDocument("違規車輛移置保管清冊.xlsx", workbook.Build(), plant.Expectation);
    }
}
