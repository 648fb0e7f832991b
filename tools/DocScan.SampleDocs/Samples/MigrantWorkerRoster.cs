using System.Text;
using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A roster of migrant workers saved from Excel as Unicode text: UTF-16LE with a byte-order mark.
/// Two resident certificate numbers in the 2021 format, and one mistyped number that fails its checksum.
/// The work site (the employer's factory) is an address on every line. The file is read as a table: the
/// names in Latin capitals are names by their 姓名 column, the passport numbers passports by their 護照號碼 column.
/// </summary>
public sealed class MigrantWorkerRoster : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var table = SegmentSources.Table;
        const string employer = "宏達精密工業股份有限公司";
        string Site() => plant.Address(table, "桃園市", "觀音區", "工業五路", "12號");
        var csv = new StringBuilder()
            .Append("序號,姓名,國籍,統一證號,護照號碼,雇主,工作地點,入境日期\r\n")
            .Append($"1,{plant.Name("NGUYEN VAN AN", table)},越南,{plant.Id(SyntheticIds.ResidentA878657972, table)},{plant.Passport("C4471093", table)},{employer},{Site()},2023/08/15\r\n")
            .Append($"2,{plant.Name("SITI RAHAYU", table)},印尼,{plant.Id(SyntheticIds.ResidentF954323190, table)},{plant.Passport("B8820571", table)},{employer},{Site()},2023/11/02\r\n")
            .Append($"3,{plant.Name("TRAN MINH DUC", table)},越南,{Plantings.LookAlike("F954323191")},{plant.Passport("C5512846", table)},{employer},{Site()},2024/01/20\r\n")
            .Append($"4,{plant.Name("SANTOS JOSE REYES", table)},菲律賓,（申請中）,{plant.Passport("P3318870A", table)},{employer},{Site()},2024/04/08\r\n")
            .ToString();
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(csv)).ToArray();

        yield return new SampleDocument("外籍移工名冊.csv", bytes, plant.Expectation);
    }
}
