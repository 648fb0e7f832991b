using DocScan.Core.Documents;
using DocScan.Core.Reporting;
using DocScan.Storage;
using DocScan.Tests.Shared;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DocScan.Web.Tests;

/// <summary>
/// Every document of <c>sample-docs/</c> that waits for a reviewer, opened on the reviewer page in a real Chromium:
/// no console error, no error message, and every finding's place in a clerk's words (not a part name of the file).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SampleDocumentsOnPageTests(SiteFixture site, ITestOutputHelper output)
{
    private const string Folder = "樣本文件";

    /// <summary>Part names and paths of a file, not a clerk's words (a picture of a letter is no 附件 of it).</summary>
    private static readonly string[] MachineWords = [".xml", "page/", "!/", "media/", "Pictures/", "image#", "附件「圖片", "附件「media"];

    [Fact]
    public async Task Every_sample_document_waiting_for_review_opens_without_an_error_and_says_where_in_words()
    {
        var pending = await ScanSamplesAsync();
        Assert.True(pending.Count >= 20, $"sample-docs/ should give a reviewer many kinds of document ({pending.Count})");

        await using var reviewer = await site.SignedInAsync(SiteFixture.Reviewer);
        var page = reviewer.Page;
        foreach (var (id, (folder, report)) in pending)
        {
            await reviewer.ShowQueueAsync(folder);
            await page.Locator($"#queue-rows tr[data-document-id='{id}']").GetByRole(AriaRole.Button).First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = report.Scan.Document.Name, Level = 2 })).ToBeVisibleAsync();
            await Expect(page.Locator("#report-findings li.finding")).ToHaveCountAsync(report.Scan.Findings.Count);
            await Expect(page.Locator("#draft-content")).Not.ToHaveAttributeAsync("aria-busy", "true");
            await Expect(page.Locator("#alert")).ToBeHiddenAsync();
            await Expect(page.Locator("#draft-content")).Not.ToContainTextAsync("無法顯示");

            var places = await page.Locator("#report-findings li.finding dt:text-is('位置') + dd").AllInnerTextsAsync();
            // The page lists private findings first, then official and organisation ones, each in report order.
            Assert.Equal(report.Scan.Findings.OrderBy(f => f.Role == FindingRole.Private ? 0 : 1).Select(f => LocationWords.Of(f.Location)), places);
            Assert.DoesNotContain(places, p => MachineWords.Any(w => p.Contains(w, StringComparison.Ordinal)));
            Assert.True(reviewer.Errors.Count == 0, $"{report.Scan.Document.Name}:\n{string.Join("\n", reviewer.Errors)}");

            await page.GetByRole(AriaRole.Button, new() { Name = "← 回到待審核清單" }).ClickAsync();
            await Expect(page.Locator("#queue-view[aria-busy]")).ToHaveCountAsync(0);
        }

        output.WriteLine($"{pending.Count} sample documents opened: {string.Join("、", pending.Values.Select(p => p.Report.Scan.Document.Name))}");
    }

    /// <summary>
    /// What sample-docs/ has no file of: a screenshot and a two-page TIFF scan on their own, and the screenshot
    /// pasted into a Word letter (read by OCR as a picture of the letter).
    /// </summary>
    private static IEnumerable<(string Name, byte[] Content)> PicturesReadByOcr()
    {
        var folder = Path.Combine(AzuriteFixture.RepositoryRoot(), "tests", "DocScan.Core.Tests", "Fixtures", "ocr");
        var screen = File.ReadAllBytes(Path.Combine(folder, "query-screen.png"));
        yield return ("健保承保系統-查詢畫面截圖.png", screen);
        yield return ("傳真公文-兩頁.tif", File.ReadAllBytes(Path.Combine(folder, "two-pages.tif")));
        yield return ("承保資料查詢結果函.docx", OfficialLetters.WithPicture(screen));
    }

    /// <summary>
    /// Puts every sample document in outbound/ as an automated export would and waits for its report; returns those waiting
    /// for review with their folder (a few folders, so that each fits on one page of the queue).
    /// </summary>
    private async Task<Dictionary<string, (string Folder, StoredReport Report)>> ScanSamplesAsync()
    {
        var outbound = site.BlobService.GetBlobContainerClient(site.Containers.Outbound);
        var ids = new Dictionary<string, string>();
        var files = Directory.GetFiles(Path.Combine(AzuriteFixture.RepositoryRoot(), "sample-docs"))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .Concat(PicturesReadByOcr())
            .ToList();
        foreach (var ((fileName, content), index) in files.Select((f, i) => (f, i)))
        {
            var name = $"{Folder}{"甲乙丙"[index % 3]}/{fileName}";
            var uploaded = await outbound.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(content), overwrite: true);
            ids[DocumentIds.For(outbound.Name, name, uploaded.Value.ETag)] = name;
        }

        var reports = new ReportStore(site.BlobService, site.Containers);
        var done = new Dictionary<string, StoredReport>();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (done.Count < ids.Count && DateTime.UtcNow < deadline)
        {
            foreach (var id in ids.Keys.Where(id => !done.ContainsKey(id)))
            {
                if (await reports.ReadAsync(id, CancellationToken.None) is { } report)
                {
                    done[id] = report;
                }
            }

            await Task.Delay(250);
        }

        Assert.True(ids.Count == done.Count, "no report for " + string.Join("、", ids.Where(i => !done.ContainsKey(i.Key)).Select(i => i.Value)));
        // Released documents need no reviewer, and blocked ones are quarantined: the queue is what went to review/.
        return done.Where(d => d.Value.RoutedTo!.StartsWith(site.Containers.Review + "/", StringComparison.Ordinal))
            .ToDictionary(d => d.Key, d => (ids[d.Key][..ids[d.Key].IndexOf('/')], d.Value));
    }
}
