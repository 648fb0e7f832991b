using System.Text.Json;
using System.Web;
using DocScan.Tests.Shared;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DocScan.Web.Tests;

/// <summary>
/// A browser set to English (the context's locale and Chromium's own language): the page still speaks only
/// Traditional Chinese. A browser draws its native file and date controls, and its validation bubbles, in its own
/// language whatever the page's lang says, so the page has controls of its own; these tests use them as clerks do.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class EnglishBrowserTests(SiteFixture site, ITestOutputHelper output)
{
    private const string English = "en-US";

    /// <summary>Chromium's English words for its file and date controls and validation bubbles (as shown and as read to screen readers).</summary>
    private static readonly string[] BrowserWords =
        ["Choose File", "No file chosen", "mm/dd/yyyy", "Show date picker", "Month", "Year", "Please fill", "Please select"];

    [Fact]
    public async Task Clerk_chooses_drops_and_uploads_a_file_with_the_page_own_control()
    {
        const string fileName = "低收入戶證明申請回函.txt";
        const string dropped = "拖放的公文.txt";
        await using var clerk = await site.SignedInAsync(SiteFixture.Uploader, English);
        var page = clerk.Page;
        Assert.Equal(English, await page.EvaluateAsync<string>("navigator.language"));

        var choose = page.GetByRole(AriaRole.Button, new() { Name = "選擇檔案" });
        var chosen = page.Locator("#upload-file-name");
        await Expect(choose).ToHaveAccessibleNameAsync("文件檔案 選擇檔案");
        await Expect(chosen).ToHaveTextAsync("尚未選擇檔案");
        await Expect(choose).ToHaveAccessibleDescriptionAsync("尚未選擇檔案");
        await AssertNoBrowserWordsAsync(clerk);
        output.WriteLine($"Screenshot: {await clerk.ScreenshotAsync("english-browser-upload")}");

        // Nothing chosen: said in words, and the keyboard is put back on the control.
        await page.GetByRole(AriaRole.Button, new() { Name = "上傳並掃描" }).ClickAsync();
        await Expect(page.Locator("#alert")).ToHaveTextAsync("請選擇要上傳的檔案。");
        await Expect(choose).ToBeFocusedAsync();

        // From the keyboard: Enter opens the browser's file dialog; the chosen name is shown and read out.
        var chooser = await page.RunAndWaitForFileChooserAsync(() => choose.PressAsync("Enter"));
        await chooser.SetFilesAsync(new FilePayload { Name = fileName, MimeType = "text/plain", Buffer = TestDocuments.LetterWithId(number: 8101) });
        await Expect(chosen).ToHaveTextAsync(fileName);
        await Expect(choose).ToHaveAccessibleDescriptionAsync(fileName);

        // A file dropped on the control is the chosen one, as it was on the browser's own input.
        var files = await page.EvaluateHandleAsync($$"""
            () => {
              const files = new DataTransfer();
              files.items.add(new File(['公文'], '{{dropped}}', { type: 'text/plain' }));
              return files;
            }
            """);
        await page.Locator("#upload-file-picker").DispatchEventAsync("drop", new { dataTransfer = files });
        await Expect(chosen).ToHaveTextAsync(dropped);
        Assert.Equal(dropped, await page.Locator("#upload-file").EvaluateAsync<string>("input => input.files[0].name"));

        // The mouse path, to the scan's outcome; then the control is empty again for the next file.
        var outcome = await clerk.UploadAsync("士林區公所", fileName, "text/plain", TestDocuments.LetterWithId(number: 8101));
        Assert.Contains("須遮蔽", outcome, StringComparison.Ordinal);
        await Expect(chosen).ToHaveTextAsync("尚未選擇檔案");
        await AssertNoBrowserWordsAsync(clerk);
        Assert.True(clerk.Errors.Count == 0, string.Join("\n", clerk.Errors));
    }

    [Fact]
    public async Task Reviewer_types_scan_dates_in_roc_or_gregorian_form_and_the_queue_filters_on_them()
    {
        const string folder = "北投區公所";
        const string fileName = "急難救助核定通知.txt";
        await using var reviewer = await ReviewerAfterUploadAsync(folder, fileName, number: 8102);
        var page = reviewer.Page;
        var from = page.GetByLabel("掃描日期（起）");
        var to = page.GetByLabel("掃描日期（迄）");
        var search = page.GetByRole(AriaRole.Button, new() { Name = "查詢", Exact = true });
        var rows = page.Locator("#queue-rows tr").Filter(new() { HasText = fileName });
        await Expect(from).ToHaveAttributeAsync("placeholder", "例：115/12/06");
        await AssertNoBrowserWordsAsync(reviewer);

        // The API is asked as before: the reviewer's days in Taipei, as instants.
        await from.FillAsync("115/12/01");
        await to.FillAsync("2026-12-06");
        var request = await page.RunAndWaitForRequestAsync(() => search.ClickAsync(), r => r.Url.Contains("/review/documents?", StringComparison.Ordinal));
        var query = HttpUtility.ParseQueryString(new Uri(request.Url).Query);
        Assert.Equal("2026-11-30T16:00:00.000Z", query["from"]);
        Assert.Equal("2026-12-06T15:59:59.999Z", query["to"]);

        // Today, typed both ways, finds the letter scanned a moment ago; from tomorrow on, it is gone.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei")).DateTime);
        var tomorrow = today.AddDays(1);
        await page.GetByLabel("資料夾", new() { Exact = true }).FillAsync(folder);
        await from.FillAsync($"{today.Year - 1911}/{today.Month:00}/{today.Day:00}");
        await to.FillAsync($"{today.Year}/{today.Month}/{today.Day}");
        await search.ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await from.FillAsync($"{tomorrow.Year - 1911}{tomorrow.Month:00}{tomorrow.Day:00}");
        await to.FillAsync("");
        await search.ClickAsync();
        await Expect(page.Locator("#queue-empty")).ToBeVisibleAsync();
        await Expect(rows).ToHaveCountAsync(0);

        // A date that is no date is pointed out in Chinese, and nothing is asked of the API.
        var asked = 0;
        page.Request += (_, r) => asked += r.Url.Contains("/review/documents?", StringComparison.Ordinal) ? 1 : 0;
        await from.FillAsync("115/13/01");
        await search.ClickAsync();
        await Expect(page.Locator("#alert")).ToHaveTextAsync("掃描日期（起）：日期格式不正確，請輸入如 115/12/06 或 2026-12-06。");
        await Expect(from).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(from).ToBeFocusedAsync();
        output.WriteLine($"Screenshot: {await reviewer.ScreenshotAsync("english-browser-wrong-date")}");

        await from.FillAsync("2026-12-07");
        await to.FillAsync("115/12/06");
        await search.ClickAsync();
        await Expect(page.Locator("#alert")).ToHaveTextAsync("掃描日期（迄）不能早於掃描日期（起）。");
        await Expect(from).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(to).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(0, asked);

        // Clearing the filters clears the complaint too.
        await page.GetByRole(AriaRole.Button, new() { Name = "清除條件" }).ClickAsync();
        await Expect(page.Locator("#alert")).ToBeHiddenAsync();
        await Expect(to).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await AssertNoBrowserWordsAsync(reviewer);
        Assert.True(reviewer.Errors.Count == 0, string.Join("\n", reviewer.Errors));
    }

    [Fact]
    public async Task Reviewer_is_asked_for_a_reason_and_told_of_an_unreadable_draft_in_Chinese()
    {
        const string folder = "內湖區公所";
        const string fileName = "身心障礙證明換發通知.txt";
        await using var reviewer = await ReviewerAfterUploadAsync(folder, fileName, number: 8103);
        var page = reviewer.Page;
        var row = (await reviewer.ShowQueueAsync(folder)).Filter(new() { HasText = fileName });
        var id = await row.GetAttributeAsync("data-document-id");

        // A draft pdf.js cannot read (here the browser is handed bytes that are no PDF): pdf.js complains in English,
        // the reviewer reads Chinese.
        var drafts = JsonSerializer.Serialize(new { drafts = new[] { new { name = "擬發出版本.redacted.pdf", kind = "redacted", contentType = "application/pdf", size = 9 } } });
        await page.RouteAsync(url => url.EndsWith($"/review/documents/{id}/drafts", StringComparison.Ordinal),
            route => route.FulfillAsync(new() { ContentType = "application/json", Body = drafts }));
        await page.RouteAsync(url => url.Contains($"/review/documents/{id}/drafts/", StringComparison.Ordinal),
            route => route.FulfillAsync(new() { ContentType = "application/pdf", Body = "not a pdf" }));
        await row.GetByRole(AriaRole.Button, new() { Name = fileName }).ClickAsync();
        await Expect(page.Locator("#draft-content")).ToContainTextAsync("無法顯示這份擬發出版本：瀏覽器無法讀取這個檔案。");
        await Expect(page.Locator("#alert")).ToHaveTextAsync("瀏覽器無法讀取這個檔案。");

        // The reason box asks for a reason in Chinese (the browser's own bubble would say "Please fill out this field"),
        // spaces are no reason, and nothing is shown without one.
        await page.Locator("#report-findings li.finding").First.GetByRole(AriaRole.Button, new() { Name = "顯示原值" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        var reason = dialog.GetByLabel("理由（必填）");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "記錄理由並顯示" }).ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(reason).ToHaveJSPropertyAsync("validationMessage", "請填寫理由。");
        await reason.FillAsync("   ");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "記錄理由並顯示" }).ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(reason).ToHaveJSPropertyAsync("validationMessage", "請填寫理由。");
        await reason.FillAsync("核對申請人身分。");
        await Expect(reason).ToHaveJSPropertyAsync("validationMessage", "");
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.Locator("#report-findings .revealed:visible")).ToHaveCountAsync(0);
        Assert.DoesNotContain("PDF structure", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        await AssertNoBrowserWordsAsync(reviewer);
    }

    /// <summary>A clerk uploads a letter (its number makes it a document of its own); then a reviewer's English browser.</summary>
    private async Task<BrowserSession> ReviewerAfterUploadAsync(string folder, string fileName, int number)
    {
        await using (var clerk = await site.SignedInAsync(SiteFixture.Uploader, English))
        {
            await clerk.UploadAsync(folder, fileName, "text/plain", TestDocuments.LetterWithId(number: number));
        }

        return await site.SignedInAsync(SiteFixture.Reviewer, English);
    }

    /// <summary>No English word of the browser's on screen, nor in what the accessibility tree gives screen readers.</summary>
    private static async Task AssertNoBrowserWordsAsync(BrowserSession session)
    {
        var page = session.Page;
        await Expect(page.Locator("input[type=file]:visible, input[type=date]")).ToHaveCountAsync(0);
        var shown = await page.Locator("body").InnerTextAsync();
        var cdp = await session.Context.NewCDPSessionAsync(page);
        var spoken = (await cdp.SendAsync("Accessibility.getFullAXTree"))!.Value.GetRawText();
        await cdp.DetachAsync();
        foreach (var word in BrowserWords)
        {
            Assert.DoesNotContain(word, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(word, spoken, StringComparison.Ordinal);
        }
    }
}
