using System.Text;
using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A roster of migrant workers saved from Excel as Unicode text: UTF-16LE with a byte-order mark.
/// Two resident certificate numbers in the 2021 format, and one mistyped number that fails its checksum.
/// The work site (the employer's factory) is an address on every line. The passport numbers are a known
/// gap: text has no columns, and only the 護照號碼 header says what they are.
/// </summary>
public sealed class MigrantWorkerRoster : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var body = SegmentSources.Body;
        const string employer = "宏達精密工業股份有限公司";
        string Site() => plant.Address(body, "桃園市", "觀音區", "工業五路", "12號");
        var csv = new StringBuilder()
            .Append("序號,姓名,國籍,統一證號,護照號碼,雇主,工作地點,入境日期\r\n")
            .Append($"1,NGUYEN VAN AN,越南,{plant.Id(SyntheticIds.ResidentA878657972, body)},{Plantings.KnownGap("C4471093")},{employer},{Site()},2023/08/15\r\n")
            .Append($"2,SITI RAHAYU,印尼,{plant.Id(SyntheticIds.ResidentF954323190, body)},{Plantings.KnownGap("B8820571")},{employer},{Site()},2023/11/02\r\n")
            .Append($"3,TRAN MINH DUC,越南,{Plantings.LookAlike("F954323191")},{Plantings.KnownGap("C5512846")},{employer},{Site()},2024/01/20\r\n")
            .Append($"4,SANTOS JOSE REYES,菲律賓,（申請中）,{Plantings.KnownGap("P3318870A")},{employer},{Site()},2024/04/08\r\n")
            .ToString();
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(csv)).ToArray();

        yield return new SampleDocument("外籍移工名冊.csv", bytes, plant.Expectation);
    }
}
