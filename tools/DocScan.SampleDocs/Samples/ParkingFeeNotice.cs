using System.Text;
using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A public notice in UTF-8 without a byte-order mark: 發文字號, law articles, fees and the 1999 hotline
/// are no findings; the bureau's enquiry line is one under the shipped rules, which know no agency numbers.
/// </summary>
public sealed class ParkingFeeNotice : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var text =
            "臺北市政府交通局　公告\n" +
            "發文日期：中華民國113年5月20日\n" +
            "發文字號：北市交停字第1133012345號\n" +
            "主旨：公告本市市有路外停車場收費費率調整，自113年7月1日起實施。\n" +
            "依據：停車場法第31條及臺北市公有停車場收費費率標準。\n" +
            "公告事項：\n" +
            "一、調整範圍：本市信義、松山、大安等3區計12處市有路外停車場。\n" +
            "二、小型車費率由每小時新臺幣40元調整為50元；機車每次20元維持不變。\n" +
            "三、持身心障礙者專用停車位識別證明之車輛，依規定享有優惠。\n" +
            $"四、洽詢電話：{plant.Phone("(02)2727-2300 分機7123", SegmentSources.Body, role: FindingRoles.Official)}，或撥打1999市民當家熱線。\n" +
            "局長　○○○\n";

        yield return new SampleDocument("公告-停車場收費調整.txt", new UTF8Encoding(false).GetBytes(text), plant.Expectation);
    }
}
