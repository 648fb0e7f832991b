using System.Text;
using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Mail;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A fixed-width text export from an older query system, saved in Big5 as such systems still do: one
/// national ID and two resident certificate numbers in the old two-letter format, each with an address.
/// Names and birth dates are a known gap: only the fixed-width column header says what they are.
/// </summary>
public sealed class LegacySystemExport : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var body = SegmentSources.Body;
        var text = new StringBuilder()
            .Append("桃園市政府警察局　戶籍及外來人口資料查詢（舊系統匯出）\r\n")
            .Append("查詢日期：113/05/20　查詢人員：TY0315　查詢事由：刑案偵查\r\n")
            .Append("==============================================================================\r\n")
            .Append("序號  姓名              證號          出生日期   地址\r\n")
            .Append("------------------------------------------------------------------------------\r\n")
            .Append($"0001  {Plantings.KnownGap("黃建國")}            {plant.Id(SyntheticIds.T196030828, body)}    {Plantings.KnownGap("065/08/08")}  {plant.Address(body, "桃園市", "中壢區", "中央西路", "二段", "30號")}\r\n")
            .Append($"0002  NGUYEN THI HOA    {plant.Id(SyntheticIds.ResidentAC76018957, body)}    {Plantings.KnownGap("085/10/21")}  {plant.Address(body, "桃園市", "平鎮區", "南東路", "68巷", "5號")}\r\n")
            .Append($"0003  SANTOS MARIA      {plant.Id(SyntheticIds.ResidentFD55979710, body)}    {Plantings.KnownGap("088/02/14")}  {plant.Address(body, "桃園市", "八德區", "興豐路", "1200號")}\r\n")
            .Append("==============================================================================\r\n")
            .Append("共 3 筆　　＊本資料僅供公務使用，不得提供他人＊\r\n")
            .ToString();

        yield return new SampleDocument("舊系統匯出-戶籍資料查詢.txt", MailFactory.Big5.GetBytes(text), plant.Expectation);
    }
}
