using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Mail;
using MimeKit;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// The same eight evaluators written to the right way: the desk sends the meeting materials to itself
/// and puts the members in Bcc, so no member sees another (no recipient exposure). This is the sent
/// copy, which keeps its Bcc line: the addresses are still in the file, as e-mail findings.
/// </summary>
public sealed class EvaluatorMaterialsMailBcc : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var header = SegmentSources.EmailHeader;
        var desk = new MailboxAddress("臺中市政府工務局採購科 劉小姐", plant.Email(EvaluatorInvitationMail.ProcurementDesk, header));
        var message = MailFactory.Message(
            desk,
            [new MailboxAddress("臺中市政府工務局採購科", plant.Email(EvaluatorInvitationMail.ProcurementDesk, header))],
            $"{EvaluatorInvitationMail.Project}評選會議資料（請以密件副本寄送）",
            "20240527140500.2C81F0@pwb.taichung.example.gov.tw");
        message.Bcc.AddRange(EvaluatorInvitationMail.Evaluators.Select(e => new MailboxAddress(e.Name, plant.Email(e.Address, header))));
        message.Body = MailFactory.PlainText(
            "各位委員您好：\r\n\r\n" +
            $"本局{EvaluatorInvitationMail.Project}採購評選委員會第1次會議訂於113年5月31日（星期五）上午9時30分召開，" +
            "檢送評選須知及廠商服務建議書摘要供參，會議當日請攜帶本郵件列印之會議資料。\r\n" +
            "依採購評選委員會組織準則規定，委員名單於開會前應予保密，本郵件以密件副本分送各委員。\r\n\r\n" +
            $"臺中市政府工務局採購科　劉小姐\r\n電話：{plant.Phone("(04)2228-9111 分機31520", SegmentSources.EmailBody)}\r\n");

        yield return new SampleDocument("評選會議資料寄送-密件副本.eml", MailFactory.ToBytes(message), plant.Expectation);
    }
}
