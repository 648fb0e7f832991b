using System.Text;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;

namespace DocScan.Redaction.Tests;

/// <summary>Issue 16: drafts mask private data and leave the agency's own data as printed.</summary>
public class RoleDraftTests
{
    [Fact]
    public async Task A_redacted_letter_keeps_its_letterhead_as_printed()
    {
        const string text =
            "臺北市政府環境保護局　函\n" +
            "地址：11008臺北市信義區市府路1號\n" +
            "電話：(02)2720-8889\n" +
            "電子信箱：chen1234@mail.taipei.gov.tw\n" +
            "受文者：王小明君\n" +
            "發文日期：中華民國115年3月5日\n" +
            "主旨：有關臺端申請案，復如說明，請查照。\n" +
            "說明：\n" +
            "一、臺端身分證統一編號A123456789已核對無誤。\n";
        var content = Encoding.UTF8.GetBytes(text);
        var scanner = new DocumentScanner();
        var scan = await scanner.ScanAsync(content, new DocumentScanOptions { Name = "函.txt" });

        var result = await new DraftService(scanner).CreateDraftsAsync(content, "函.txt", scan);

        Assert.Equal(DraftStatus.Offered, result.Status);
        var draft = Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Audience == DraftAudience.Release).Content);
        Assert.DoesNotContain("A123456789", draft);
        Assert.Contains("(02)2720-8889", draft);
        Assert.Contains("chen1234@mail.taipei.gov.tw", draft);
        Assert.Contains("臺北市信義區市府路1號", draft);
    }

    [Fact]
    public async Task The_clerk_named_in_the_letterhead_stays_unless_the_rules_file_policy_names_person_names()
    {
        const string text =
            "臺北市政府社會局　函\n" +
            "地址：11008臺北市信義區市府路1號\n" +
            "承辦人：社工員　陳建宏\n" +
            "電話：(02)2720-8889\n" +
            "受文者：王小明君\n" +
            "發文日期：中華民國115年3月5日\n" +
            "主旨：有關臺端申請中低收入戶資格一案，復如說明，請查照。\n" +
            "說明：\n" +
            "一、臺端身分證統一編號A123456789已核對無誤。\n" +
            "局長　劉銘龍\n";
        var content = Encoding.UTF8.GetBytes(text);
        async Task<string> DraftWith(ScanRules rules)
        {
            var scanner = new DocumentScanner(new ScanOptions { Rules = rules });
            var scan = await scanner.ScanAsync(content, new DocumentScanOptions { Name = "函.txt" });
            var result = await new DraftService(scanner).CreateDraftsAsync(content, "函.txt", scan);
            Assert.Equal(DraftStatus.Offered, result.Status);
            return Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Audience == DraftAudience.Release).Content);
        }

        var shipped = await DraftWith(ScanRules.Default);
        // An agency that masks its staff's names says so per type: policy decides (and masks) a type whoever it belongs to.
        var masked = await DraftWith(ScanRules.Parse("""{ "policy": { "person-name": "redact" } }"""u8, "rules.json"));

        Assert.Contains("陳建宏", shipped);
        Assert.Contains("劉銘龍", shipped);
        Assert.DoesNotContain("王小明", shipped);
        Assert.DoesNotContain("陳建宏", masked);
        Assert.DoesNotContain("劉銘龍", masked);
        Assert.Contains("(02)2720-8889", masked);
    }
}
