using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// Seed case 2: a duty report written after an officer looked a citizen up in M-POLICE. The queried
/// woman's ID sits in the body split over three runs (as Word splits text it re-spell-checked), and the
/// man first named beside her was struck out with track changes on: deleted, but still in the file.
/// Her name, birth date and household address are in the body, and so is what the officer looked at:
/// her criminal record (刑案資料, 前科素行), sensitive data under 個人資料保護法第6條.
/// </summary>
public sealed class PoliceDutyReport : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var queried = plant.Id(SyntheticIds.E209139090, SegmentSources.Body);
        var struckOut = plant.Id(SyntheticIds.F152601819, SegmentSources.TrackedDeletion);
        const string author = "林建宏";
        var body = SegmentSources.Body;

        var docx = new DocxBuilder(Agencies.WordFile("職務報告", "中正一分局", "臺北市政府警察局"))
            .TrackRevisions()
            .Body(
                Title("臺北市政府警察局中正第一分局"),
                Title("職務報告"),
                Paragraph("right", 0, Run("中華民國113年5月20日於中正一分局")),
                Text("文號：北市警中正一分督字第1130031234號"),
                Item("主旨：", "職於113年5月14日執行巡邏勤務時，以警用行動電腦（M-POLICE）查詢民眾資料之原因，報請鑒核。"),
                Item("說明：", ""),
                Clause("一、職於該時段擔服巡邏勤務，依規定簽巡邏轄內金融機構，並盤查人車，行經巡邏線A路口，發現一女子行跡可疑，遂以M-POLICE查詢渠資料。"),
                Paragraph("both", 0,
                    Run($"二、受查詢人{plant.Name("陳淑芬", body)}，身分證統一編號"),
                    Run(queried[..3]),
                    Run(queried[3..7], new RunStyle(HalfPoints: 28)),
                    Run(queried[7..]),
                    Run($"，出生日期{plant.BirthDate("民國75年3月12日", body)}，戶籍地址{plant.Address(body, "臺北市", "萬華區", "西園路", "二段", "261巷", "12弄", "5號", "3樓")}。")),
                Clause($"三、職查詢渠身分證號基本資料，因發現M-POLICE頁面有該女子{plant.CriminalRecord("刑案資料", body)}之提醒，故又點選渠{plant.CriminalRecord("前科素行", body)}、汽機車駕籍、相片、戶籍等，並未發現其他不法。"),
                Paragraph("both", 0,
                    Run("四、同時段另盤查同行男子"),
                    Deleted(1, author, $"張志明（{struckOut}）"),
                    Inserted(2, author, "一名"),
                    Run("，經查無不法，當場放行。")),
                Clause("五、職查詢係因公使用，有紀錄可稽。"),
                Text("謹呈"),
                Text("分局長"),
                Paragraph("right", 0, Run($"報告人：警員 {plant.Name(author, body)}")))
            .Footer(Paragraph("center", 0, Run("第1頁，共1頁")));

        yield return new SampleDocument("職務報告-中正一分局.docx", docx.Build(), plant.Expectation);
    }
}
