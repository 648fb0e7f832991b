using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace DocScan.Web.Tests;

/// <summary>One person at the reviewer page: a browser context of their own, and what the page complained about in the console.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _errors = new();

    public BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // The page asks who is signed in first; before sign-in the answer is 401, as it should be.
            if (message.Type == "error" && !message.Text.Contains("401", StringComparison.Ordinal))
            {
                _errors.Enqueue($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _errors.Enqueue(error);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions (a content security policy violation shows up here).</summary>
    public IReadOnlyList<string> Errors => _errors.ToList();

    /// <summary>Opens the site at its root (which sends the browser to the page) and signs in with the page's own form.</summary>
    public async Task SignInAsync(LocalUser user)
    {
        await Page.GotoAsync("/");
        await Page.GetByLabel("姓名").FillAsync(user.Name);
        await Page.GetByLabel("密碼").FillAsync(user.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登入", Exact = true }).ClickAsync();
        await Page.Locator("#user-name").GetByText(user.Name).WaitForAsync();
    }

    public async Task SignOutAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "登出" }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Name = "登入" }).WaitForAsync();
    }

    /// <summary>
    /// The queue filtered to one folder: tests share a site, and other tests' documents may fill the first page.
    /// Returns the rows.
    /// </summary>
    public async Task<ILocator> ShowQueueAsync(string folder)
    {
        await Page.GetByLabel("資料夾", new() { Exact = true }).FillAsync(folder);
        await Page.GetByRole(AriaRole.Button, new() { Name = "查詢", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.Locator("#queue-view[aria-busy]")).ToHaveCountAsync(0);
        return Page.Locator("#queue-rows tr");
    }

    /// <summary>
    /// Uploads one file with the page's upload panel, choosing it as a clerk does (the 選擇檔案 button and the
    /// browser's file dialog), and waits for its outcome; returns the outcome's text.
    /// </summary>
    public async Task<string> UploadAsync(string folder, string fileName, string contentType, byte[] content)
    {
        await Page.GetByLabel("業務單位資料夾").FillAsync(folder);
        var chooser = await Page.RunAndWaitForFileChooserAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "選擇檔案" }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = fileName, MimeType = contentType, Buffer = content });
        await Assertions.Expect(Page.Locator("#upload-file-name")).ToHaveTextAsync(fileName);
        await Page.GetByRole(AriaRole.Button, new() { Name = "上傳並掃描" }).ClickAsync();
        var outcome = Page.Locator("#upload-result .upload-outcome");
        await Assertions.Expect(outcome).ToContainTextAsync(fileName);
        return await outcome.InnerTextAsync();
    }

    /// <summary>A screenshot (the whole page, or what the window shows) in the test output's artifacts folder; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name, bool fullPage = true)
    {
        var path = Path.Combine(SiteFixture.ArtifactsFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
