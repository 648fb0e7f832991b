using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs;
using DocScan.Cli.Serving;
using DocScan.Storage;
using DocScan.Tests.Shared;
using Microsoft.Playwright;

namespace DocScan.Web.Tests;

/// <summary>
/// One world for the page's tests: a real Azurite, <c>docscan serve</c>'s host on it (blob trigger and
/// Kestrel on a free loopback port, local users from a users file) and Debian's Chromium driven by
/// Playwright. The trigger watches the deployment's container names, so this world has an Azurite of its own.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public const string TaiwanLocale = "zh-TW";

    public static readonly LocalUser Uploader = new("陳雅婷", "uploader");
    public static readonly LocalUser Reviewer = new("王淑芬", "reviewer");
    public static readonly LocalUser Auditor = new("林志豪", "auditor");

    private readonly AzuriteFixture _azurite = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "docscan-site-" + Guid.NewGuid().ToString("N"));
    private ServeHost? _host;
    private IPlaywright? _playwright;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _signedIn = new();

    public Uri BaseUrl { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public ContainerNames Containers { get; } = new();

    public BlobServiceClient BlobService => _azurite.BlobService();

    public HttpClient Http { get; } = new();

    /// <summary>Where screenshots go: the test output's artifacts folder.</summary>
    public static string ArtifactsFolder => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: `apt-get install -y chromium` (test.sh does).");
        }

        await _azurite.InitializeAsync();
        Directory.CreateDirectory(_folder);
        var usersFile = Path.Combine(_folder, "users.json");
        await File.WriteAllTextAsync(usersFile, JsonSerializer.Serialize(new
        {
            users = new[] { Uploader, Reviewer, Auditor }.Select(u => new { name = u.Name, roles = new[] { u.Role }, password = LocalUsers.HashPassword(u.Password) }),
        }));

        _host = await ServeHost.StartAsync(new ServeOptions
        {
            ConnectionString = _azurite.ConnectionString,
            CreateContainers = true,
            // As in use: the sweep catches what the polling trigger skips (see ServeOptions.SweepInterval).
            SweepInterval = TimeSpan.FromSeconds(15),
            SweepMinimumAge = TimeSpan.FromSeconds(20),
            Urls = "http://127.0.0.1:0",
            UsersFile = usersFile,
        });
        BaseUrl = new Uri(_host.Urls.First().ToString()!.TrimEnd('/') + "/");

        // Generous waits, for pages and for Expect alike: the machine is small and shared, and a scan can take a
        // while under load; a broken page still fails, with what it showed.
        Assertions.SetDefaultExpectTimeout(180_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The browser's own words (its file and date controls, its validation bubbles) in English, as on many
            // agency desktops and whatever this machine's language: the page must not show them.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=en-US",
            ],
        });
    }

    /// <summary>
    /// A browser signed in as <paramref name="user"/>: through the page's form the first time, later with the
    /// session cookie that sign-in gave (the host allows only a few sign-ins a minute from one address).
    /// </summary>
    public async Task<BrowserSession> SignedInAsync(LocalUser user, string locale = TaiwanLocale)
    {
        if (_signedIn.TryGetValue(user.Name, out var state))
        {
            var again = await NewSessionAsync(state, locale);
            await again.Page.GotoAsync("/");
            await again.Page.Locator("#user-name").GetByText(user.Name).WaitForAsync();
            return again;
        }

        var session = await NewSessionAsync(locale: locale);
        await session.SignInAsync(user);
        _signedIn[user.Name] = await session.Context.StorageStateAsync();
        return session;
    }

    /// <summary>
    /// A fresh browser context (its own cookies, or those of <paramref name="storageState"/>) on a desktop in Taipei
    /// whose browser asks for <paramref name="locale"/>, with a page in it.
    /// </summary>
    public async Task<BrowserSession> NewSessionAsync(string? storageState = null, string locale = TaiwanLocale)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            Locale = locale,
            TimezoneId = "Asia/Taipei",
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            StorageState = storageState,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(180_000);
        return new BrowserSession(context, page);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _azurite.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A local account of the users file, with a password made for this run.</summary>
public sealed record LocalUser(string Name, string Role)
{
    public string Password { get; } = "Dsc-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
}
