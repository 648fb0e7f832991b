using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Word;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A notice with a floating text box the clerk used for a working note: the ID is only in the text box
/// (which Word stores twice, as DrawingML and as a VML fallback; it is one occurrence). The notice is
/// addressed to the applicant by name (受文者：陳怡君君).
/// </summary>
public sealed class EligibilityNoticeWithTextBox : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var note = WordTextBox.Anchored(1, "文字方塊 1",
            Text("承辦人註記："),
            Text($"申請人身分證統一編號 {plant.Id(SyntheticIds.E209139090, SegmentSources.TextBox)}，財稅資料已於113/05/10查調完畢。"));
        var docx = new DocxBuilder(Agencies.WordFile("中低收入戶資格審查結果通知", "社會救助科", "新北市政府社會局"))
            .Body(
                Title("新北市政府社會局　審查結果通知書"),
                Paragraph(note, Run($"受文者：{plant.Name("陳怡君", SegmentSources.Body)}君")),
                Text("發文日期：中華民國113年5月20日"),
                Text("發文字號：新北社助字第1130876543號"),
                Subject("臺端申請113年度中低收入戶資格一案，經審核符合資格，請查照。"),
                Text("說明："),
                Clause("一、依據社會救助法第4條之1及本市中低收入戶調查及生活扶助作業規定辦理。"),
                Clause("二、資格核定期間自113年6月1日起至113年12月31日止，如家庭狀況變更，請於30日內向戶籍所在地區公所申報。"),
                Clause("三、如不服本處分，得於收受本通知書次日起30日內，經由本局向新北市政府提起訴願。"));

        yield return new SampleDocument("中低收入戶資格審查結果通知.docx", docx.Build(), plant.Expectation);
    }
}
