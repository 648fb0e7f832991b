using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// Seed case 3: the meeting notice of a procurement evaluation committee, addressed to the evaluators
/// and listing all of them: the list itself is what leaks (dual-draft). The meeting venue is the
/// agency's own address and no finding; its contact phone is one under the shipped rules. 密等「普通」 is
/// no classification marking.
/// </summary>
public sealed class EvaluationMeetingNotice : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        string Member(string name) => plant.Evaluator(name, SegmentSources.Table);
        var docx = new DocxBuilder(Agencies.WordFile("開會通知單", "採購科", "臺中市政府工務局"))
            .Body(
                Title("臺中市政府工務局　開會通知單"),
                Text("受文者：評選委員"),
                Text("發文日期：中華民國113年5月20日"),
                Text("發文字號：中市工採字第1130098765號"),
                Text("速別：普通件"),
                Text("密等及解密條件或保密期限：普通"),
                Text("附件：評選須知1份"),
                Item("開會事由：", "「113年度道路養護工程委託技術服務案」採購評選委員會第1次會議"),
                Item("開會時間：", "113年5月31日（星期五）上午9時30分"),
                Item("開會地點：", "本局4樓第2會議室（臺中市西屯區臺灣大道三段99號）"),
                Item("主持人：", $"召集人{plant.Evaluator("王正雄", SegmentSources.Body)}副局長"),
                Item("聯絡人及電話：", $"採購科劉小姐 {plant.Phone("(04)2228-9111 分機31520", SegmentSources.Body)}"),
                Item("出席者：", "評選委員（名單如下表）"),
                Table([1300, 1500, 4200, 2000],
                    ["職務", "姓名", "服務機關", "職稱"],
                    ["召集人", Member("王正雄"), "臺中市政府工務局", "副局長"],
                    ["委員", Member("陳志明"), "國立中興大學土木工程學系", "教授"],
                    ["委員", Member("林淑惠"), "逢甲大學運輸與物流學系", "副教授"],
                    ["委員", Member("張家豪"), "國立臺灣科技大學營建工程系", "助理教授"],
                    ["委員", Member("黃麗華"), "交通部公路局中區養護工程分局", "副分局長"],
                    ["委員", Member("吳建興"), "臺中市政府建設局", "科長"],
                    ["委員", Member("蔡宗翰"), "臺中市土木技師公會", "理事"]),
                Item("列席者：", "本局採購科、養護工程科"),
                Item("副本：", "本局政風室"),
                Item("備註：", ""),
                Clause("一、請委員於開會前詳閱評選須知，並攜帶本通知單與會。"),
                Clause("二、依政府採購法第94條及採購評選委員會組織準則第6條規定，委員名單於開會前應予保密，請勿對外洩漏。"));

        yield return new SampleDocument("採購評選委員會開會通知單.docx", docx.Build(), plant.Expectation);
    }
}
