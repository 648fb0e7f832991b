using DocScan.Core.Extraction;
using DocScan.SampleDocs.Catalog;
using DocScan.SampleDocs.Mail;
using MimeKit;

namespace DocScan.SampleDocs.Samples;

/// <summary>
/// Seed case 3's mistake: one e-mail asking eight external evaluators whether they can attend, all of
/// them in To instead of Bcc, so each learns who the others are (recipient-exposure: dual-draft). Every
/// address is an e-mail finding, the sender's too under the shipped rules, which know no agency domains.
/// </summary>
public sealed class EvaluatorInvitationMail : ISample
{
    /// <summary>The external members of the committee, as the clerk's address book has them.</summary>
    public static readonly (string Name, string Address)[] Evaluators =
    [
        ("陳志明", "chihming.chen@nchu.example.edu.tw"),
        ("林淑惠", "shlin@fcu.example.edu.tw"),
        ("張家豪", "chiahao@ntust.example.edu.tw"),
        ("黃麗華", "lihua.huang@thb.example.gov.tw"),
        ("蔡宗翰", "tsai.th@civil-eng.example.com.tw"),
        ("吳美珍", "meichen.wu@example.com"),
        ("許文彬", "wenpin.hsu@ncku.example.edu.tw"),
        ("鄭雅婷", "yating.cheng@example.net"),
    ];

    public const string ProcurementDesk = "procure@pwb.taichung.example.gov.tw";

    public const string Project = "「113年度道路養護工程委託技術服務案」";

    public IEnumerable<SampleDocument> Build()
    {
        var plant = new Plantings();
        var header = SegmentSources.EmailHeader;
        const string project = Project;
        var message = MailFactory.Message(
            new MailboxAddress("臺中市政府工務局採購科 劉小姐", plant.Email(ProcurementDesk, header)),
            Evaluators.Select(e => new MailboxAddress(e.Name, plant.Email(e.Address, header))).ToList(),
            $"{project}評選委員出席意願調查",
            "20240520101500.7B3C19@pwb.taichung.example.gov.tw");
        plant.RecipientExposure(Evaluators.Length);
        var text =
            "各位委員您好：\r\n\r\n" +
            $"本局辦理{project}，擬敦聘　台端擔任採購評選委員會外聘委員，" +
            "第1次會議預定於113年5月31日（星期五）上午9時30分假本局4樓第2會議室召開。\r\n" +
            "敬請於113年5月24日前回覆出席意願，俾利辦理聘函事宜。\r\n\r\n" +
            $"臺中市政府工務局採購科　劉小姐\r\n電話：{plant.Phone("(04)2228-9111 分機31520", SegmentSources.EmailBody)}\r\n";
        var html =
            "<html><body><p>各位委員您好：</p>" +
            $"<p>本局辦理{project}，擬敦聘　台端擔任採購評選委員會外聘委員，" +
            "第1次會議預定於113年5月31日（星期五）上午9時30分假本局4樓第2會議室召開。</p>" +
            "<p>敬請於<b>113年5月24日</b>前回覆出席意願，俾利辦理聘函事宜。</p>" +
            $"<p>臺中市政府工務局採購科　劉小姐<br>電話：{plant.Phone("(04)2228-9111 分機31520", SegmentSources.EmailBody)}</p></body></html>";
        message.Body = MailFactory.Multipart("alternative", "----=_NextPart_000_0031_01DAAA84.21C0D9F0",
            MailFactory.PlainText(text), MailFactory.Html(html));

        yield return new SampleDocument("評選委員出席意願調查.eml", MailFactory.ToBytes(message), plant.Expectation);
    }
}
