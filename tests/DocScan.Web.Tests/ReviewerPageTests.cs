using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using DocScan.Tests.Shared;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DocScan.Web.Tests;

/// <summary>
/// The reviewer page end to end, in a real Chromium against <c>docscan serve</c> on a real Azurite: a clerk uploads
/// through the page, a reviewer finds the document in the queue, sees the finding in context beside the draft and
/// approves the redaction; the draft lands in <c>released/</c> and the decision in the audit log.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ReviewerPageTests(SiteFixture site, ITestOutputHelper output)
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task Letter_uploaded_by_a_clerk_is_reviewed_in_context_and_its_redacted_draft_released()
    {
        const string fileName = "中低收入戶資格審查結果通知.docx";
        const string Folder = "社會局/社會救助科";
        const string masked = "F15****819";
        const string reason = "已核對遮蔽版本：申請人身分證統一編號已遮蔽，其餘內容可依原函發出。";

        await using (var clerk = await site.SignedInAsync(SiteFixture.Uploader))
        {
            // An uploader sees the upload panel and nothing of the review queue.
            await Expect(clerk.Page.Locator("#queue-view")).ToBeHiddenAsync();
            var outcome = await clerk.UploadAsync(Folder, fileName, DocxType, OfficialLetters.LowIncomeReply());
            Assert.Contains("須遮蔽", outcome, StringComparison.Ordinal);
            Assert.Contains("送交審核", outcome, StringComparison.Ordinal);
            output.WriteLine($"Screenshot: {await clerk.ScreenshotAsync("clerk-upload")}");
            // The report opens with the clerk's own sign-in (no storage key or role), masked.
            var reportPage = await clerk.Context.RunAndWaitForPageAsync(
                () => clerk.Page.GetByRole(AriaRole.Link, new() { Name = "查看掃描報告" }).ClickAsync());
            await Expect(reportPage.Locator("body")).ToContainTextAsync("須遮蔽");
            await Expect(reportPage.Locator("body")).ToContainTextAsync(masked);
            Assert.DoesNotContain(TestDocuments.NationalId, await reportPage.ContentAsync(), StringComparison.Ordinal);
            await reportPage.CloseAsync();
            Assert.True(clerk.Errors.Count == 0, string.Join("\n", clerk.Errors));
            await clerk.SignOutAsync();
        }

        await using var reviewer = await site.SignedInAsync(SiteFixture.Reviewer);
        var page = reviewer.Page;
        var row = (await reviewer.ShowQueueAsync(Folder)).Filter(new() { HasText = fileName });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("須遮蔽");
        await Expect(row).ToContainTextAsync(SiteFixture.Uploader.Name);
        var id = await row.GetAttributeAsync("data-document-id");
        Assert.False(string.IsNullOrEmpty(id));

        await row.GetByRole(AriaRole.Button, new() { Name = fileName }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = fileName, Level = 2 })).ToBeVisibleAsync();

        // The finding, highlighted in its masked context, with its type and place in words.
        var mark = page.Locator("#report-findings mark").Filter(new() { HasText = masked });
        await Expect(mark).ToHaveCountAsync(1);
        Assert.Equal("national-id", await mark.GetAttributeAsync("data-type"));
        var finding = page.Locator("#report-findings li.finding").Filter(new() { Has = page.Locator("mark").Filter(new() { HasText = masked }) });
        await Expect(finding).ToContainTextAsync("身分證統一編號");
        await Expect(finding).ToContainTextAsync("內文");
        await Expect(finding.Locator(".snippet")).ToContainTextAsync("身分證統一編號：" + masked);
        await Expect(page.Locator("#report-reasons")).ToContainTextAsync("個人資料保護法");

        // The proposed draft beside it, as text (a browser cannot show Word).
        var tab = page.GetByRole(AriaRole.Tab, new() { Name = "遮蔽版", Exact = true });
        await Expect(tab).ToHaveAttributeAsync("aria-selected", "true");
        var draft = page.Locator("#draft-content");
        await Expect(draft).ToContainTextAsync("中低收入戶資格審查結果通知.redacted.docx");
        await Expect(draft).ToContainTextAsync("臺北市政府社會局 函");
        await Expect(draft).ToContainTextAsync("符合中低收入戶資格");
        var findingsBox = (await page.Locator("#findings-panel").BoundingBoxAsync())!;
        var draftBox = (await page.Locator("#draft-panel").BoundingBoxAsync())!;
        Assert.True(findingsBox.X + findingsBox.Width <= draftBox.X, "the draft should stand to the right of the findings");
        Assert.True(draftBox.Y < findingsBox.Y + findingsBox.Height, "the draft and the findings should be side by side");

        // Nothing on the page, anywhere in its HTML, holds the raw ID.
        Assert.DoesNotContain(TestDocuments.NationalId, await page.ContentAsync(), StringComparison.Ordinal);
        var screenshot = await reviewer.ScreenshotAsync("reviewer-letter");
        output.WriteLine($"Screenshot: {screenshot}");

        await page.GetByLabel("審核理由").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "核准遮蔽版本發出" }).ClickAsync();
        await Expect(page.Locator("#decision-result")).ToContainTextAsync("已核准遮蔽版本");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待審核文件" })).ToBeVisibleAsync();
        await Expect(page.Locator("#queue-rows tr").Filter(new() { HasText = fileName })).ToHaveCountAsync(0);
        output.WriteLine($"Screenshot: {await reviewer.ScreenshotAsync("reviewer-after-decision")}");
        Assert.True(reviewer.Errors.Count == 0, string.Join("\n", reviewer.Errors));

        // The redacted draft is in released/, without the ID; the decision is in the audit log with its reason.
        var released = await BlobsAsync(site.Containers.Released, id!);
        var redacted = Assert.Single(released, n => n.EndsWith(".redacted.docx", StringComparison.Ordinal));
        var text = OfficialLetters.TextOf(await DownloadAsync(site.Containers.Released, redacted));
        Assert.Contains("臺北市政府社會局", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestDocuments.NationalId, text, StringComparison.Ordinal);
        // Nothing of the decided document is left in review/.
        Assert.Empty(await BlobsAsync(site.Containers.Review, id!));

        var entry = Assert.Single(await AuditAsync(), e => e.GetProperty("document").GetString() == id && e.GetProperty("action").GetString() == "approve-redacted");
        Assert.Equal(SiteFixture.Reviewer.Name, entry.GetProperty("user").GetString());
        Assert.Equal(reason, entry.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Reviewer_masks_the_clerks_name_anyway_and_the_approved_draft_hides_it()
    {
        const string fileName = "中低收入戶資格審查結果通知-救助科.docx";
        const string reason = "承辦人為約聘社工，依本局規定對外文件不具名。";
        await using var clerk = await site.SignedInAsync(SiteFixture.Uploader);
        await clerk.UploadAsync("社會局/救助科", fileName, DocxType, OfficialLetters.LowIncomeReply());
        await Expect(clerk.Page.Locator("#upload-rows tr").Filter(new() { HasText = fileName })).ToContainTextAsync("等待審核");

        await using var reviewer = await site.SignedInAsync(SiteFixture.Reviewer);
        var page = reviewer.Page;
        var row = (await reviewer.ShowQueueAsync("社會局/救助科")).Filter(new() { HasText = fileName });
        var id = await row.GetAttributeAsync("data-document-id");
        await row.GetByRole(AriaRole.Button, new() { Name = fileName }).ClickAsync();
        var draft = page.Locator("#draft-content");
        await Expect(draft).ToContainTextAsync("承辦人：林怡君");

        // The clerk named in the letterhead is an official in role: listed apart, left in the draft, unless the reviewer says otherwise.
        var name = page.Locator("#report-findings li.finding").Filter(new() { Has = page.Locator(".finding-masked").Filter(new() { HasText = "林○君" }) });
        await Expect(name).ToHaveAttributeAsync("data-role", "official");
        await Expect(page.Locator("#report-findings li.finding[data-role=private]").GetByRole(AriaRole.Button, new() { Name = "仍要遮蔽" })).ToHaveCountAsync(0);
        await name.GetByRole(AriaRole.Button, new() { Name = "仍要遮蔽" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("稽核紀錄");
        await dialog.GetByLabel("理由（必填）").FillAsync(reason);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "記錄理由並遮蔽" }).ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("遮蔽稿已重新產生");
        await Expect(name).ToContainTextAsync("仍要遮蔽");
        // The draft on screen is the one made again.
        await Expect(draft).Not.ToContainTextAsync("林怡君");
        await Expect(draft).ToContainTextAsync("局長　周文貞");

        await page.GetByRole(AriaRole.Button, new() { Name = "核准遮蔽版本發出" }).ClickAsync();
        await Expect(page.Locator("#decision-result")).ToContainTextAsync("已核准遮蔽版本");
        Assert.True(reviewer.Errors.Count == 0, string.Join("\n", reviewer.Errors));

        var redacted = Assert.Single(await BlobsAsync(site.Containers.Released, id!), n => n.EndsWith(".redacted.docx", StringComparison.Ordinal));
        var text = OfficialLetters.TextOf(await DownloadAsync(site.Containers.Released, redacted));
        Assert.DoesNotContain("林怡君", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestDocuments.NationalId, text, StringComparison.Ordinal);
        Assert.Contains("周文貞", text, StringComparison.Ordinal);
        var entry = Assert.Single(await AuditAsync(), e => e.GetProperty("document").GetString() == id && e.GetProperty("action").GetString() == "mask-anyway");
        Assert.EndsWith(reason, entry.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("林○君", entry.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_draft_is_drawn_by_pdfjs_and_an_auditor_sees_it_read_only()
    {
        const string fileName = "行政調查報告.pdf";

        await using (var clerk = await site.SignedInAsync(SiteFixture.Uploader))
        {
            var outcome = await clerk.UploadAsync("政風室", fileName, "application/pdf", TestDocuments.Sample(fileName));
            Assert.Contains("須遮蔽", outcome, StringComparison.Ordinal);
        }

        await using var auditor = await site.SignedInAsync(SiteFixture.Auditor);
        var page = auditor.Page;
        await Expect(page.Locator("#queue-heading-note")).ToContainTextAsync("僅能檢視");
        var row = (await auditor.ShowQueueAsync("政風室")).Filter(new() { HasText = fileName });
        await row.GetByRole(AriaRole.Button, new() { Name = fileName }).ClickAsync();

        await Expect(page.Locator("#report-findings mark").Filter(new() { HasText = "R24****946" })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "遮蔽版", Exact = true })).ToHaveAttributeAsync("aria-selected", "true");
        var canvas = page.Locator("#draft-content canvas[data-rendered='true']").First;
        await Expect(canvas).ToBeVisibleAsync();
        var inked = await canvas.EvaluateAsync<int>("""
            c => {
              const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              let dark = 0;
              for (let i = 0; i < data.length; i += 4) if (data[i] < 128 && data[i + 1] < 128 && data[i + 2] < 128) dark++;
              return dark;
            }
            """);
        // Drawing ends without a complaint: no message in the panel, no alert (pdf.js once failed as it closed the document).
        await Expect(page.Locator("#draft-content")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Expect(page.Locator("#draft-content")).Not.ToContainTextAsync("無法顯示");
        await Expect(page.Locator("#alert")).ToBeHiddenAsync();
        output.WriteLine($"Dark pixels on page 1 of the redacted PDF: {inked}");
        Assert.True(inked > 1000, $"pdf.js should have drawn the page's text and redaction boxes ({inked} dark pixels)");

        // From the finding to its page in the draft, where the redaction box covers it.
        var idFinding = page.Locator("#report-findings li.finding").Filter(new() { Has = page.Locator("mark").Filter(new() { HasText = "R24****946" }) });
        var pageButton = idFinding.GetByRole(AriaRole.Button, new() { Name = "查看擬發出版本第" });
        var pageNumber = (await pageButton.InnerTextAsync()).Where(char.IsAsciiDigit).Aggregate("", (s, c) => s + c);
        var drawnPage = page.Locator($"#draft-content figure[data-page='{pageNumber}'] canvas[data-rendered='true']");
        await Expect(drawnPage).ToHaveCountAsync(1);
        await Expect(drawnPage).Not.ToBeInViewportAsync();
        await pageButton.ClickAsync();
        await Expect(drawnPage).ToBeInViewportAsync();
        output.WriteLine($"Screenshot: {await auditor.ScreenshotAsync("auditor-pdf-finding-page", fullPage: false)}");

        // Auditors read; they do not decide or look at values.
        await Expect(page.Locator("#decision-panel")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "顯示原值" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "標記為誤判" })).ToHaveCountAsync(0);
        output.WriteLine($"Screenshot: {await auditor.ScreenshotAsync("auditor-pdf")}");
        Assert.True(auditor.Errors.Count == 0, string.Join("\n", auditor.Errors));
    }

    [Fact]
    public async Task Reviewer_looks_at_a_value_only_with_a_reason_marks_a_false_positive_and_rejects_with_a_reason()
    {
        const string fileName = "中低收入戶資格複查結果通知.docx";
        const string masked = "H25****019";

        // The clerk keeps the page open to learn later what the reviewer decided.
        await using var clerk = await site.SignedInAsync(SiteFixture.Uploader);
        await clerk.UploadAsync("社會局/福利科", fileName, DocxType, OfficialLetters.LowIncomeReply(TestDocuments.OtherNationalId));
        var upload = clerk.Page.Locator("#upload-rows tr").Filter(new() { HasText = fileName });
        await Expect(upload).ToContainTextAsync("等待審核");

        await using var reviewer = await site.SignedInAsync(SiteFixture.Reviewer);
        var page = reviewer.Page;
        var row = (await reviewer.ShowQueueAsync("社會局/福利科")).Filter(new() { HasText = fileName });
        var id = await row.GetAttributeAsync("data-document-id");
        await row.GetByRole(AriaRole.Button, new() { Name = fileName }).ClickAsync();
        var finding = page.Locator("#report-findings li.finding").Filter(new() { Has = page.Locator("mark").Filter(new() { HasText = masked }) });
        var number = await finding.GetAttributeAsync("data-finding");

        // 顯示原值 asks why first; cancelling shows nothing.
        await finding.GetByRole(AriaRole.Button, new() { Name = "顯示原值" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("稽核紀錄");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        Assert.DoesNotContain(TestDocuments.OtherNationalId, await page.ContentAsync(), StringComparison.Ordinal);

        const string lookReason = "申請人來電查詢，核對身分證統一編號是否登打正確。";
        await finding.GetByRole(AriaRole.Button, new() { Name = "顯示原值" }).ClickAsync();
        await dialog.GetByLabel("理由（必填）").FillAsync(lookReason);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "記錄理由並顯示" }).ClickAsync();
        await Expect(finding.Locator(".revealed")).ToContainTextAsync(TestDocuments.OtherNationalId);
        await Expect(finding.Locator(".revealed")).ToContainTextAsync("已記入稽核紀錄");
        await finding.GetByRole(AriaRole.Button, new() { Name = "立即隱藏" }).ClickAsync();
        await Expect(finding.Locator(".revealed")).ToBeHiddenAsync();
        Assert.DoesNotContain(TestDocuments.OtherNationalId, await page.ContentAsync(), StringComparison.Ordinal);

        // The agency's own address is no one's personal data: a false positive, allowed from now on; the document
        // stays to be decided.
        const string allowReason = "本局機關地址，非個人住址。";
        var address = page.Locator("#report-findings li.finding").Filter(new() { HasText = "地址：11008" }).First;
        await Expect(address).ToContainTextAsync("地址");
        // It is listed apart, after the private data, as 機關公務資料: it does not decide the verdict.
        await Expect(address).ToHaveAttributeAsync("data-role", "official");
        await Expect(address).ToContainTextAsync("機關公務資料");
        await Expect(page.Locator("#report-findings .findings-public-heading")).ToContainTextAsync("機關公務資料與機構資料");
        await Expect(page.Locator("#report-findings li.finding").First).ToHaveAttributeAsync("data-role", "private");
        await address.GetByRole(AriaRole.Button, new() { Name = "標記為誤判" }).ClickAsync();
        await dialog.GetByLabel("理由（必填）").FillAsync(allowReason);
        await dialog.GetByLabel("加入機關允許清單").CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "標記為誤判" }).ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("加入機關允許清單");
        await Expect(address).ToContainTextAsync("已標記誤判");

        // Release as is must be confirmed, and rejecting needs a reason.
        await page.GetByLabel("審核理由").FillAsync("申請人要求原件。");
        await page.GetByRole(AriaRole.Button, new() { Name = "照原樣發出" }).ClickAsync();
        await Expect(dialog).ToContainTextAsync("不經遮蔽");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = fileName, Level = 2 })).ToBeVisibleAsync();
        await page.GetByLabel("審核理由").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "退回不發出" }).ClickAsync();
        await Expect(page.Locator("#alert")).ToContainTextAsync("說明理由");
        const string rejectReason = "複查結果尚待社工訪視，暫不發文。";
        await page.GetByLabel("審核理由").FillAsync(rejectReason);
        await page.GetByRole(AriaRole.Button, new() { Name = "退回不發出" }).ClickAsync();
        await Expect(page.Locator("#decision-result")).ToContainTextAsync("已退回");
        await Expect(page.Locator("#queue-rows tr").Filter(new() { HasText = fileName })).ToHaveCountAsync(0);
        Assert.True(reviewer.Errors.Count == 0, string.Join("\n", reviewer.Errors));

        // The clerk asks again and reads why the letter was sent back.
        await upload.GetByRole(AriaRole.Button, new() { Name = "重新查詢" }).ClickAsync();
        await Expect(upload).ToContainTextAsync("審核退回");
        await Expect(upload).ToContainTextAsync(rejectReason);
        Assert.True(clerk.Errors.Count == 0, string.Join("\n", clerk.Errors));

        var audit = (await AuditAsync()).Where(e => e.GetProperty("document").GetString() == id).ToList();
        var reveal = Assert.Single(audit, e => e.GetProperty("action").GetString() == "reveal");
        // The log names the finding before the reviewer's words.
        Assert.EndsWith(lookReason, reveal.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains(masked, reveal.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var allowed = Assert.Single(audit, e => e.GetProperty("action").GetString() == "allow-list-add");
        Assert.EndsWith(allowReason, allowed.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var allowList = Encoding.UTF8.GetString(await DownloadAsync(site.Containers.Rules, "allow-list.json"));
        Assert.Contains("\"type\": \"address\"", allowList, StringComparison.Ordinal);
        Assert.Contains(allowReason, allowList, StringComparison.Ordinal);
        Assert.DoesNotContain("市府路1號", allowList, StringComparison.Ordinal);
        Assert.Equal(rejectReason, Assert.Single(audit, e => e.GetProperty("action").GetString() == "reject").GetProperty("reason").GetString());
        Assert.Empty(await BlobsAsync(site.Containers.Released, id!));
        Assert.False(string.IsNullOrEmpty(number));
    }

    [Fact]
    public async Task Mail_to_evaluators_is_approved_as_one_draft_per_recipient_chosen_by_tabs()
    {
        const string fileName = "評選委員出席意願調查.eml";

        await using (var clerk = await site.SignedInAsync(SiteFixture.Uploader))
        {
            var outcome = await clerk.UploadAsync("採購科", fileName, "message/rfc822", TestDocuments.Sample(fileName));
            Assert.Contains("須分稿", outcome, StringComparison.Ordinal);
        }

        await using var reviewer = await site.SignedInAsync(SiteFixture.Reviewer);
        var page = reviewer.Page;
        // Only documents to be split, from 採購科.
        await page.GetByLabel("判定結果").SelectOptionAsync("dual-draft");
        await page.GetByLabel("資料夾", new() { Exact = true }).FillAsync("採購科");
        await page.GetByRole(AriaRole.Button, new() { Name = "查詢", Exact = true }).ClickAsync();
        var rows = page.Locator("#queue-rows tr");
        var row = rows.Filter(new() { HasText = fileName });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(rows.Filter(new() { HasNotText = "須分稿" })).ToHaveCountAsync(0);
        await Expect(rows.Filter(new() { HasNotText = "採購科" })).ToHaveCountAsync(0);
        var id = await row.GetAttributeAsync("data-document-id");
        await row.GetByRole(AriaRole.Button, new() { Name = fileName }).ClickAsync();
        await Expect(page.Locator("#report-findings")).ToContainTextAsync("未以密件副本寄送的外部收件者名單");

        // One tab per recipient's draft; the arrow keys move between them and show each one's text.
        var tabs = page.GetByRole(AriaRole.Tab).Filter(new() { HasText = "受文者分稿" });
        await Expect(tabs.First).ToBeVisibleAsync();
        var count = await tabs.CountAsync();
        Assert.True(count >= 2, $"expected a draft per recipient, found {count}");
        await tabs.Nth(0).ClickAsync();
        await Expect(tabs.Nth(0)).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Locator("#draft-content .segment").First).ToBeVisibleAsync();
        var first = await page.Locator("#draft-content").InnerTextAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(tabs.Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(tabs.Nth(1)).ToBeFocusedAsync();
        await Expect(page.Locator("#draft-content")).Not.ToHaveTextAsync(first);
        await Expect(page.Locator("#draft-content .segment").First).ToBeVisibleAsync();
        output.WriteLine($"Screenshot: {await reviewer.ScreenshotAsync("reviewer-recipient-drafts")}");

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "核准遮蔽版本發出" })).ToBeHiddenAsync();
        await page.GetByLabel("審核理由").FillAsync("各評選委員分別寄送，收件者彼此不可見。");
        await page.GetByRole(AriaRole.Button, new() { Name = "核准分稿版本發出" }).ClickAsync();
        await Expect(page.Locator("#decision-result")).ToContainTextAsync("已核准分稿版本");
        Assert.True(reviewer.Errors.Count == 0, string.Join("\n", reviewer.Errors));

        var released = await BlobsAsync(site.Containers.Released, id!);
        Assert.True(released.Count(n => n.Contains(".recipient-", StringComparison.Ordinal)) == count,
            $"every recipient's draft should be released: {string.Join(", ", released)}");
        Assert.Single(await AuditAsync(), e => e.GetProperty("document").GetString() == id && e.GetProperty("action").GetString() == "approve-dual-draft");
    }

    [Fact]
    public async Task Queue_pages_on_with_more_until_the_server_has_no_more()
    {
        // Twelve letters a household registration office dropped into outbound/ itself (not through the page).
        const string folder = "大安戶政";
        const int letters = 12;
        var outbound = site.BlobService.GetBlobContainerClient(site.Containers.Outbound);
        for (var i = 1; i <= letters; i++)
        {
            await outbound.GetBlobClient($"{folder}/戶籍謄本申請回函-{i:00}.txt").UploadAsync(BinaryData.FromBytes(TestDocuments.LetterWithId(number: 5600 + i)));
        }

        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while ((await PendingCopiesAsync(folder)) < letters)
        {
            Assert.True(waiting.Elapsed < TimeSpan.FromMinutes(10), $"only {await PendingCopiesAsync(folder)} of {letters} letters reached review/");
            await Task.Delay(500);
        }

        await using var reviewer = await site.SignedInAsync(SiteFixture.Reviewer);
        var page = reviewer.Page;
        await page.GetByLabel("資料夾", new() { Exact = true }).FillAsync(folder);
        await page.GetByLabel("每次顯示").SelectOptionAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "查詢", Exact = true }).ClickAsync();
        var rows = page.Locator("#queue-rows tr");
        var more = page.GetByRole(AriaRole.Button, new() { Name = "載入更多" });
        // The queue the page opened with may still be on screen (with its own 載入更多) until the folder's first page arrives.
        await Expect(page.Locator("#queue-count")).ToContainTextAsync($"共 {letters} 件");
        await Expect(more).ToBeVisibleAsync();
        Assert.InRange(await rows.CountAsync(), 1, 10);

        // A page can be shorter than asked (the server's filters drop some): more, until there is no more.
        for (var clicks = 0; await more.IsVisibleAsync(); clicks++)
        {
            Assert.True(clicks < letters, "the queue kept offering more");
            var before = await rows.CountAsync();
            await more.ClickAsync();
            await Expect(page.Locator("#queue-view[aria-busy]")).ToHaveCountAsync(0);
            Assert.True(await rows.CountAsync() >= before);
        }

        await Expect(rows).ToHaveCountAsync(letters);
        Assert.Equal(letters, (await rows.AllInnerTextsAsync()).Distinct().Count());
        await Expect(rows.Filter(new() { HasNotText = folder })).ToHaveCountAsync(0);
        Assert.True(reviewer.Errors.Count == 0, string.Join("\n", reviewer.Errors));
    }

    [Fact]
    public async Task A_slower_earlier_list_never_replaces_the_folder_the_reviewer_asked_for()
    {
        // Two offices' letters wait for review; the whole queue answers slowly, one folder quickly.
        const string folder = "信義戶政";
        const string other = "松山戶政";
        var outbound = site.BlobService.GetBlobContainerClient(site.Containers.Outbound);
        await outbound.GetBlobClient($"{folder}/戶籍謄本申請回函.txt").UploadAsync(BinaryData.FromBytes(TestDocuments.LetterWithId(number: 5701)));
        await outbound.GetBlobClient($"{other}/戶籍謄本申請回函.txt").UploadAsync(BinaryData.FromBytes(TestDocuments.LetterWithId(number: 5702)));
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (await PendingCopiesAsync(folder) < 1 || await PendingCopiesAsync(other) < 1)
        {
            Assert.True(waiting.Elapsed < TimeSpan.FromMinutes(10), "the letters did not reach review/");
            await Task.Delay(500);
        }

        await using var reviewer = await site.SignedInAsync(SiteFixture.Reviewer);
        var page = reviewer.Page;
        static bool WholeQueue(string url) => url.Contains("review/documents?", StringComparison.Ordinal) && !url.Contains("folder=", StringComparison.Ordinal);
        await page.RouteAsync("**/review/documents?*", async route =>
        {
            if (WholeQueue(route.Request.Url))
            {
                await Task.Delay(TimeSpan.FromSeconds(3));
            }

            await route.ContinueAsync();
        });

        // The reviewer lists everything, then, before that answer comes, asks for one folder.
        var slow = page.WaitForResponseAsync(response => WholeQueue(response.Url));
        await page.GetByLabel("資料夾", new() { Exact = true }).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "查詢", Exact = true }).ClickAsync();
        await page.GetByLabel("資料夾", new() { Exact = true }).FillAsync(folder);
        await page.GetByRole(AriaRole.Button, new() { Name = "查詢", Exact = true }).ClickAsync();
        await slow;
        // Let the page handle the late answer before looking.
        await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 300))");

        var rows = page.Locator("#queue-rows tr");
        await Expect(page.Locator("#queue-view[aria-busy]")).ToHaveCountAsync(0);
        await Expect(rows.Filter(new() { HasText = folder })).ToHaveCountAsync(1);
        await Expect(rows.Filter(new() { HasNotText = folder })).ToHaveCountAsync(0);
        Assert.True(reviewer.Errors.Count == 0, string.Join("\n", reviewer.Errors));
    }

    [Fact]
    public async Task A_document_decided_in_another_window_is_refused_in_words_and_nothing_is_decided_twice()
    {
        const string folder = "信義戶政";
        const string fileName = "低收入戶證明回函.txt";
        await site.BlobService.GetBlobContainerClient(site.Containers.Outbound).GetBlobClient($"{folder}/{fileName}")
            .UploadAsync(BinaryData.FromBytes(TestDocuments.LetterWithId(TestDocuments.OtherNationalId, 7788)));
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (await PendingCopiesAsync(folder) < 1)
        {
            Assert.True(waiting.Elapsed < TimeSpan.FromMinutes(10), "the letter never reached review/");
            await Task.Delay(500);
        }

        // Two windows on the same letter; the first to approve wins.
        await using var first = await site.SignedInAsync(SiteFixture.Reviewer);
        await using var second = await site.SignedInAsync(SiteFixture.Reviewer);
        string? id = null;
        foreach (var session in new[] { first, second })
        {
            var window = session.Page;
            var row = (await session.ShowQueueAsync(folder)).Filter(new() { HasText = fileName });
            id = await row.GetAttributeAsync("data-document-id");
            await row.GetByRole(AriaRole.Button, new() { Name = fileName }).ClickAsync();
            await Expect(window.GetByRole(AriaRole.Button, new() { Name = "核准遮蔽版本發出" })).ToBeVisibleAsync();
        }

        await first.Page.GetByLabel("審核理由").FillAsync("已遮蔽申請人身分證統一編號。");
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "核准遮蔽版本發出" }).ClickAsync();
        await Expect(first.Page.Locator("#decision-result")).ToContainTextAsync("已核准遮蔽版本");

        await second.Page.GetByLabel("審核理由").FillAsync("同意發出遮蔽版本。");
        await second.Page.GetByRole(AriaRole.Button, new() { Name = "核准遮蔽版本發出" }).ClickAsync();
        var alert = second.Page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToBeVisibleAsync();
        output.WriteLine($"The second window says: {await alert.InnerTextAsync()}");
        await Expect(alert).Not.ToContainTextAsync("409");
        await Expect(second.Page.GetByRole(AriaRole.Heading, new() { Name = fileName, Level = 2 })).ToBeVisibleAsync();

        Assert.Single(await AuditAsync(), e => e.GetProperty("document").GetString() == id && e.GetProperty("action").GetString() == "approve-redacted");
    }

    private async Task<int> PendingCopiesAsync(string folder)
    {
        var count = 0;
        await foreach (var blob in site.BlobService.GetBlobContainerClient(site.Containers.Review).GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = folder + "/" }))
        {
            count += blob.Name.Contains("/drafts/", StringComparison.Ordinal) ? 0 : 1;
        }

        return count;
    }

    /// <summary>Uploads through the page's upload panel and returns what the page says of the scan.</summary>
    private async Task<List<string>> BlobsAsync(string container, string id)
    {
        var names = new List<string>();
        await foreach (var blob in site.BlobService.GetBlobContainerClient(container).GetBlobsAsync())
        {
            if (blob.Name.Contains($"/{id}/", StringComparison.Ordinal))
            {
                names.Add(blob.Name);
            }
        }

        return names;
    }

    private async Task<byte[]> DownloadAsync(string container, string name) =>
        (await site.BlobService.GetBlobContainerClient(container).GetBlobClient(name).DownloadContentAsync()).Value.Content.ToArray();

    private async Task<List<JsonElement>> AuditAsync()
    {
        var entries = new List<JsonElement>();
        var container = site.BlobService.GetBlobContainerClient(site.Containers.Audit);
        await foreach (var blob in container.GetBlobsAsync())
        {
            var text = Encoding.UTF8.GetString(await DownloadAsync(site.Containers.Audit, blob.Name));
            entries.AddRange(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()));
        }

        return entries;
    }
}
