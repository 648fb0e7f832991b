using System.Text;
using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Mail;
using DocScan.SampleDocs.Packaging;
using MimeKit;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// A forwarded e-mail carrying a zip that holds the original petition e-mail: the petitioner's ID is
/// in the body of the innermost message, three containers down. The four addresses of the two messages
/// are findings as well (two recipients in all: below the exposure threshold).
/// </summary>
public sealed class ForwardedPetitionMail : ISample
{
    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var header = SegmentSources.EmailHeader;
        var original = MailFactory.Message(
            new MailboxAddress("吳俊傑", plant.Email("chunchieh.wu@example.com", header)),
            [new MailboxAddress("高雄市長信箱", plant.Email("mayor@kcg.example.gov.tw", header))],
            "陳情：社區停車位長期遭占用",
            "CAF7d2Q1x9@mail.example.com");
        original.Body = MailFactory.PlainText(
            $"市長您好：\r\n\r\n本人吳俊傑（身分證字號{plant.Id(SyntheticIds.K182199353, SegmentSources.EmailBody)}），" +
            "居住於高雄市前鎮區瑞隆路，社區前道路停車位長期遭同一輛廢棄車輛占用，" +
            "已向派出所反映多次仍未處理，懇請協助拖吊。\r\n\r\n吳俊傑 敬上\r\n");

        var archive = DeterministicZip.Create(
            ("原始陳情信.eml", MailFactory.ToBytes(original)),
            ("處理情形說明.txt", new UTF8Encoding(false).GetBytes(
                "處理情形：已於113年5月17日函請前鎮分局查處，並副知陳情人。\n承辦：秘書室 陳科員\n")));

        var forward = MailFactory.Message(
            new MailboxAddress("高雄市政府秘書處", plant.Email("secretariat@kcg.example.gov.tw", header)),
            [new MailboxAddress("高雄市政府政風處", plant.Email("ethics@kcg.example.gov.tw", header))],
            "FW: 陳情信件彙整（請卓處）",
            "20240520110200.91D4E2@kcg.example.gov.tw");
        forward.Body = MailFactory.Multipart("mixed", "----=_NextPart_000_0047_01DAAA8C.3F1B2E60",
            MailFactory.PlainText("政風處您好：\r\n\r\n轉寄市長信箱陳情信件1件（如附件壓縮檔），請卓處。\r\n\r\n秘書處 陳科員\r\n"),
            MailFactory.Attachment("陳情往來信件.zip", "application/x-zip-compressed", archive));

        yield return new SampleDocument("轉寄-陳情信件彙整.eml", MailFactory.ToBytes(forward), plant.Expectation);
    }
}
