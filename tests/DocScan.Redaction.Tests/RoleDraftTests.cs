using System.Text;
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
}
