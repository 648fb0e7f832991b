using System.Text;
using System.Text.Json;
using DocScan.Core.Policy;
using DocScan.Redaction;
using DocScan.Core.Rules;
using MimeKit;
using static DocScan.Redaction.Tests.DraftTestSupport;

namespace DocScan.Redaction.Tests;

/// <summary>E-mail drafts: headers, bodies and attachments masked; exposed recipients hidden (Bcc) or given a message each.</summary>
public sealed class EmailDraftTests
{
    private static readonly string[] Evaluators =
        ["chihming.chen@nchu.example.edu.tw", "shlin@fcu.example.edu.tw", "chiahao@ntust.example.edu.tw", "meichen.wu@example.com"];

    [Fact]
    public async Task Subject_bodies_and_attachments_are_masked_and_the_recipient_stays()
    {
        var message = Message(["chihhao.chang@example.com"], "審查結果通知（F152601819）",
            "張先生您好：\n您的申請（身分證統一編號 F152601819）已審查完畢，結果詳如附件。\n承辦人：社會課\n",
            "<p>您的申請（身分證統一編號 F152601819）已審查完畢。</p>",
            ("審查結果.txt", "申請人身分證統一編號：H259083019\n核定金額：一萬元整\n"));
        message.Headers.Add("Received", "from mail.example.com by mx.example.gov.tw for <chihhao.chang@example.com>");

        var (_, draft) = await DraftAsync(Bytes(message), "審查結果通知.eml");

        await AssertNoneOfAsync(draft, "審查結果通知.eml", "F152601819", "H259083019");
        using var redacted = MimeMessage.Load(new MemoryStream(draft));
        Assert.Equal("chihhao.chang@example.com", Assert.Single(redacted.To.Mailboxes).Address);
        Assert.Equal("審查結果通知（○○○○○○○○○○）", redacted.Subject);
        Assert.Contains("結果詳如附件。", redacted.TextBody);
        Assert.DoesNotContain(redacted.Headers, h => h.Field == "Received");
        var attachment = Assert.Single(redacted.Attachments.OfType<MimePart>());
        Assert.Equal("審查結果.txt", attachment.FileName);
    }

    [Fact]
    public async Task Exposed_recipients_move_to_bcc_in_a_redacted_draft()
    {
        var rules = ScanRules.Default with { Policy = new Dictionary<string, Verdict> { ["recipient-exposure"] = Verdict.Redact } };
        var message = Message(Evaluators, "評選會議出席意願調查", "各位委員好：\n本局訂於下月召開評選會議，敬請回覆出席意願。\n", null);

        var (result, draft) = await DraftAsync(Bytes(message), "出席意願調查.eml", rules);

        using var redacted = MimeMessage.Load(new MemoryStream(draft));
        Assert.Empty(redacted.To.Mailboxes);
        Assert.Empty(redacted.Cc.Mailboxes);
        Assert.Equal(Evaluators, redacted.Bcc.Mailboxes.Select(m => m.Address));
        Assert.Contains(result.Notes, n => n.Contains("密件副本"));
    }

    [Fact]
    public async Task A_dual_draft_gives_each_exposed_recipient_a_message_naming_only_them()
    {
        var message = Message(Evaluators, "評選會議出席意願調查", "各位委員好：\n本局訂於下月召開評選會議，敬請回覆出席意願。\n", null);
        var original = Bytes(message);

        var result = await new DraftService(new DocumentScanner()).CreateDraftsAsync(original, "出席意願調查.eml");

        Assert.Equal(DraftStatus.Offered, result.Status);
        var releases = result.Files.Where(f => f.Audience == DraftAudience.Release).ToList();
        Assert.Equal(Evaluators.Length, releases.Count);
        for (var i = 0; i < releases.Count; i++)
        {
            using var copy = MimeMessage.Load(new MemoryStream(releases[i].Content));
            Assert.Equal(Evaluators[i], Assert.Single(copy.To.Mailboxes).Address);
            Assert.Empty(copy.Cc);
            Assert.Empty(copy.Bcc);
            Assert.Contains("敬請回覆出席意願。", copy.TextBody);
            await AssertNoneOfAsync(releases[i].Content, releases[i].Path, [.. Evaluators.Where((_, j) => j != i)]);
        }

        var full = Assert.Single(result.Files, f => f.Audience == DraftAudience.Internal);
        Assert.Equal(original, full.Content);
    }

    [Fact]
    public async Task A_value_the_writer_cannot_reach_is_reported_and_no_draft_is_offered()
    {
        // The HTML splits the ID with a tag: a reader sees F152601819, the raw HTML never holds it whole.
        var message = Message(["chihhao.chang@example.com"], "審查結果通知", "您的申請已審查完畢。\n", "<p>身分證統一編號 F152<b>601819</b></p>");

        var result = await new DraftService(new DocumentScanner()).CreateDraftsAsync(Bytes(message), "審查結果通知.eml");

        Assert.Equal(DraftStatus.Review, result.Status);
        var survivor = Assert.Single(result.Survivors);
        Assert.Equal("national-id", survivor.Finding.Type);
        Assert.Equal("body/html", survivor.Finding.Location.Path);
        Assert.Null(survivor.Finding.Value);
        var summary = Encoding.UTF8.GetString(Assert.Single(result.Files).Content);
        Assert.DoesNotContain("F152601819", summary);
        using var json = JsonDocument.Parse(summary);
        Assert.Equal("review", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("F15****819", json.RootElement.GetProperty("survivors")[0].GetProperty("finding").GetProperty("masked").GetString());
    }

    private static MimeMessage Message(string[] to, string subject, string text, string? html, params (string Name, string Text)[] attachments)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("新北市政府社會局", "sw-aid@sw.ntpc.example.gov.tw"));
        message.To.AddRange(to.Select(address => new MailboxAddress("", address)));
        message.Subject = subject;
        message.Date = new DateTimeOffset(2024, 5, 20, 9, 0, 0, TimeSpan.FromHours(8));
        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        foreach (var (name, content) in attachments)
        {
            body.Attachments.Add(name, Encoding.UTF8.GetBytes(content), new ContentType("text", "plain") { Charset = "utf-8" });
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private static byte[] Bytes(MimeMessage message)
    {
        using var output = new MemoryStream();
        message.WriteTo(output);
        return output.ToArray();
    }
}
