using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A 密件 函: the 密 stamp on every page (page header) and the 密等 field of the letter itself. A
/// classified letter never leaves through this channel (block). Prose about secrecy (嚴守秘密,
/// 機密文書之規定, 以密件陳報) is no marking; the letterhead address and phone are findings under
/// the shipped rules.
/// </summary>
public sealed class ClassifiedDeploymentLetter : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var body = SegmentSources.Body;
        var docx = new DocxBuilder(Agencies.WordFile("擴大臨檢專案勤務規劃", "督察科", "臺北市政府警察局"))
            .Header(Paragraph("center", 0, Bold(plant.Marking("密", "密", SegmentSources.Header))))
            .Body(
                Paragraph("left", 0, Run("檔　　號：113/030201　保存年限：5年")),
                Title("臺北市政府警察局　函"),
                Paragraph("right", 0, Run($"地址：10042{plant.Address(body, "臺北市", "中正區", "延平南路", "96號")}")),
                Paragraph("right", 0, Run("承辦人：督察科　陳警務員")),
                Paragraph("right", 0, Run($"電話：{plant.Phone("(02)2381-7494", body)}")),
                Text("受文者：本局各分局"),
                Text("發文日期：中華民國113年5月20日"),
                Text("發文字號：北市警督字第1133045678號"),
                Text("速別：最速件"),
                Text(plant.Marking("密等及解密條件或保密期限：密（本件於專案勤務執行完畢後解密）", "密", body)),
                Text("附件：專案勤務規劃表1份"),
                Subject("檢送本局113年下半年「擴大臨檢專案勤務」規劃表1份，請依規劃時程部署警力並嚴守秘密，請查照。"),
                Text("說明："),
                Clause("一、依據內政部警政署113年5月15日警署行字第1130098765號函辦理。"),
                Clause("二、本專案勤務之執行時間、地點及警力部署，屬公務機密，各單位應依文書處理手冊有關機密文書之規定處理，不得影印、轉寄或以通訊軟體傳送。"),
                Clause("三、執行情形請於每次勤務結束後3日內，以密件陳報本局督察科。"),
                Text("正本：本局各分局"),
                Text("副本：本局督察科、勤務指揮中心"),
                Paragraph("right", 0, Run("局長　○○○")));

        yield return new SampleDocument("密件-擴大臨檢專案勤務規劃.docx", docx.Build(), plant.Expectation);
    }
}
