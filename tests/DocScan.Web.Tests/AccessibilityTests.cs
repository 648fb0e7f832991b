using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using DocScan.Tests.Shared;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DocScan.Web.Tests;

/// <summary>axe-core's WCAG 2.1 A/AA rules over each view of the page, as people at a records desk use it (keyboard, screen reader, zoom).</summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site, ITestOutputHelper output)
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    };

    [Fact]
    public async Task Sign_in_queue_and_document_views_pass_axe()
    {
        await using (var stranger = await site.NewSessionAsync())
        {
            await stranger.Page.GotoAsync("/");
            await Expect(stranger.Page.GetByRole(AriaRole.Heading, new() { Name = "登入" })).ToBeVisibleAsync();
            await AssertAccessibleAsync(stranger.Page, "sign-in");
        }

        const string fileName = "中低收入戶資格審查結果通知-第二次.docx";
        const string Folder = "社會局/老人福利科";
        await using (var clerk = await site.SignedInAsync(SiteFixture.Uploader))
        {
            await AssertAccessibleAsync(clerk.Page, "upload");
            await clerk.UploadAsync(Folder, fileName, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                OfficialLetters.LowIncomeReply(TestDocuments.NationalId));
            await AssertAccessibleAsync(clerk.Page, "upload-done");
        }

        await using var reviewer = await site.SignedInAsync(SiteFixture.Reviewer);
        var page = reviewer.Page;
        var row = (await reviewer.ShowQueueAsync(Folder)).Filter(new() { HasText = fileName });
        await Expect(row).ToHaveCountAsync(1);
        await AssertAccessibleAsync(page, "queue");

        await row.GetByRole(AriaRole.Button, new() { Name = fileName }).ClickAsync();
        await Expect(page.Locator("#draft-content .segment").First).ToBeVisibleAsync();
        await Expect(page.Locator("#report-findings mark").First).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "document");

        await page.Locator("#report-findings li.finding").First.GetByRole(AriaRole.Button, new() { Name = "顯示原值" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "reveal-dialog");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToBeHiddenAsync();
    }

    private async Task AssertAccessibleAsync(IPage page, string view)
    {
        var results = await page.RunAxe(Wcag);
        var problems = results.Violations.Select(v =>
            $"{view}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Target.ToString()))}").ToList();
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        output.WriteLine($"{view}: {results.Passes.Length} axe rules passed");
    }
}
