using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Mail;
using DocScan.SampleDocs.Word;
using MimeKit;
using static DocScan.SampleDocs.Word.WordMarkup;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A 公文 sent by e-mail from an older mail system: Big5 subject and body, and an attached letter whose
/// page header still carries the applicant's name and ID (the attachment keeps its own source: header).
/// The sender's and the applicant's addresses and the office phone are findings too under the shipped rules.
/// </summary>
public sealed class LetterByMail : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var letter = new DocxBuilder(Agencies.WordFile("審查結果通知書", "社會救助科", "新北市政府社會局"))
            .Header(Paragraph("left", 0, Run($"檔號：113/070101　保存年限：10年　申請人：{plant.Name("張志豪", SegmentSources.Header)}（{plant.Id(SyntheticIds.A166131861, SegmentSources.Header)}）")))
            .Body(
                Title("新北市政府社會局　函"),
                Text($"受文者：{plant.Name("張志豪", SegmentSources.Body)}君"),
                Text("發文日期：中華民國113年5月20日"),
                Text("發文字號：新北社助字第1130876544號"),
                Subject("臺端申請113年度低收入戶資格一案，經審核不符規定，請查照。"),
                Text("說明："),
                Clause("一、依據社會救助法第4條及臺端113年4月2日申請書辦理。"),
                Clause("二、經查調臺端全家人口113年度財稅資料，平均每人每月收入超過本市最低生活費標準。"),
                Clause("三、如不服本處分，得於收受本函次日起30日內，經由本局向新北市政府提起訴願。"))
            .Build();

        var message = MailFactory.Message(
            new MailboxAddress(MailFactory.Big5, "新北市政府社會局", plant.Email("sw-aid@sw.ntpc.example.gov.tw", SegmentSources.EmailHeader)),
            [new MailboxAddress(MailFactory.Big5, plant.Name("張志豪", SegmentSources.EmailHeader), plant.Email("chihhao.chang@example.com", SegmentSources.EmailHeader))],
            "函送低收入戶資格審查結果（新北社助字第1130876544號）",
            "20240520093000.4F21A7@sw.ntpc.example.gov.tw",
            MailFactory.Big5);
        message.Body = MailFactory.Multipart("mixed", "----=_NextPart_000_0012_01DAAA7B.5C3E8A40",
            MailFactory.PlainText(
                "張先生您好：\r\n\r\n檢送臺端申請低收入戶資格審查結果通知書1份，請查照。\r\n\r\n" +
                $"新北市政府社會局　社會救助科\r\n電話：{plant.Phone("(02)2960-3456 分機3690", SegmentSources.EmailBody)}\r\n",
                MailFactory.Big5),
            MailFactory.Attachment("審查結果通知書.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", letter));

        yield return new SampleDocument("公文寄送-審查結果通知書.eml", MailFactory.ToBytes(message), plant.Expectation);
    }
}
