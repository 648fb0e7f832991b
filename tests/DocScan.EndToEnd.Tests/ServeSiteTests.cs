using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocScan.Cli.Serving;
using DocScan.Storage.Review;
using DocScan.Tests.Shared;
using DocScan.Web;

namespace DocScan.EndToEnd.Tests;

/// <summary>
/// <c>docscan serve</c>'s reviewer page and HTTP API on Kestrel, over real HTTP against Azurite, signed in as the
/// configured local users.
/// </summary>
public sealed class ServeSiteTests : IAsyncLifetime
{
    private const string Password = "測試用密碼-請勿沿用-2026";

    private readonly string _folder = Directory.CreateTempSubdirectory("docscan-site-").FullName;
    private ServedStorage _served = null!;

    public async Task InitializeAsync()
    {
        var users = Path.Combine(_folder, "users.json");
        await LocalUsers.AddAsync(users, "陳美玲", [ReviewRoles.Uploader], Password, CancellationToken.None);
        await LocalUsers.AddAsync(users, "王淑芬", [ReviewRoles.Reviewer], Password, CancellationToken.None);
        await LocalUsers.AddAsync(users, "李建國", [ReviewRoles.Auditor], Password, CancellationToken.None);
        _served = await ServedStorage.StartAsync(new ServeOptions { SweepInterval = TimeSpan.Zero, Urls = "http://127.0.0.1:0", UsersFile = users });
    }

    public async Task DisposeAsync()
    {
        await _served.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_page_and_pdfjs_come_from_the_host_under_a_policy_that_allows_nothing_else()
    {
        using var client = Client();

        var root = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal($"/api/{SiteAssets.Route}/", root.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/api/{SiteAssets.Route}")).StatusCode);

        var page = await client.GetAsync($"/api/{SiteAssets.Route}/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);

        var pdfjs = await client.GetAsync($"/api/{SiteAssets.Route}/vendor/pdfjs/pdf.min.mjs");
        Assert.Equal(HttpStatusCode.OK, pdfjs.StatusCode);
        Assert.Equal("text/javascript", pdfjs.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/{SiteAssets.Route}/vendor/pdfjs/pdf.worker.min.mjs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/{SiteAssets.Route}/vendor/pdfjs/cmaps/UniCNS-UTF16-H.bcmap")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/{SiteAssets.Route}/vendor/pdfjs/../../../users.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/{SiteAssets.Route}/app.cs")).StatusCode);
    }

    [Fact]
    public async Task Local_users_sign_in_with_their_password_and_sign_out()
    {
        using var client = Client();

        var anonymous = await client.GetAsync("/api/review/me");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(SignInLinks.Local, (string?)(await Json(anonymous))["signIn"]);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "王淑芬", "猜猜看")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "不存在的人", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/review/documents")).StatusCode);

        var signedIn = await SignInAsync(client, "王淑芬", Password);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await Json(await client.GetAsync("/api/review/me"));
        Assert.Equal("王淑芬", (string?)me["name"]);
        Assert.Equal(ReviewRoles.Reviewer, (string?)Assert.Single(me["roles"]!.AsArray()));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/review/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/review/me")).StatusCode);
    }

    [Fact]
    public async Task Guessing_passwords_is_slowed_down_to_a_few_tries_a_minute()
    {
        using var client = Client();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= ReviewSite.SignInAttemptsPerMinute; i++)
        {
            answers.Add((await SignInAsync(client, "王淑芬", $"猜測{i:D4}")).StatusCode);
        }

        Assert.All(answers.Take(ReviewSite.SignInAttemptsPerMinute), a => Assert.Equal(HttpStatusCode.Unauthorized, a));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(client, "王淑芬", Password)).StatusCode);
    }

    [Fact]
    public async Task Uploader_uploads_reviewer_approves_the_redacted_draft_and_every_endpoint_checks_the_role()
    {
        using var uploader = Client();
        using var reviewer = Client();
        using var auditor = Client();
        await SignInAsync(uploader, "陳美玲", Password);
        await SignInAsync(reviewer, "王淑芬", Password);
        await SignInAsync(auditor, "李建國", Password);

        using var anonymousUpload = Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await UploadAsync(anonymousUpload, TestDocuments.LetterWithId())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await UploadAsync(reviewer, TestDocuments.LetterWithId())).StatusCode);
        var uploaded = await UploadAsync(uploader, TestDocuments.LetterWithId());
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var status = await Json(uploaded);
        Assert.Equal("redact", (string?)status["verdict"]);
        var id = (string)status["documentId"]!;

        Assert.Equal(HttpStatusCode.Forbidden, (await uploader.GetAsync("/api/review/documents")).StatusCode);
        var queue = await Json(await reviewer.GetAsync("/api/review/documents?verdict=redact"));
        Assert.Contains(queue["documents"]!.AsArray(), d => (string?)d!["id"] == id && (string?)d["uploader"] == "陳美玲");

        var report = await auditor.GetStringAsync($"/api/review/documents/{id}");
        Assert.DoesNotContain(TestDocuments.NationalId, report, StringComparison.Ordinal);
        var findings = JsonNode.Parse(report)!["findings"]!.AsArray();
        var nationalId = findings.Single(f => (string?)f!["type"] == "national-id")!;
        Assert.Contains("F15****819", (string?)nationalId["snippet"], StringComparison.Ordinal);
        var number = findings.IndexOf(nationalId) + 1;

        var drafts = (await Json(await reviewer.GetAsync($"/api/review/documents/{id}/drafts")))["drafts"]!.AsArray();
        var draft = Assert.Single(drafts)!;
        Assert.Equal(DraftKinds.Redacted, (string?)draft["kind"]);
        var draftName = Uri.EscapeDataString((string)draft["name"]!);
        var draftText = await auditor.GetStringAsync($"/api/review/documents/{id}/drafts/{draftName}?view=text");
        Assert.Contains("申請人", draftText, StringComparison.Ordinal);
        Assert.DoesNotContain(TestDocuments.NationalId, draftText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/api/review/documents/{id}/drafts/%2E%2E%2Fsecret.txt")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(auditor, id, "approve-redacted", "稽核人員不能決定")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await DecideAsync(reviewer, id, "release-as-is", " ")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DecideAsync(reviewer, "0123456789abcdef0123456789abcdef", "approve-redacted", "")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await RevealAsync(reviewer, id, number, "")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await RevealAsync(auditor, id, number, "核對申請人身分")).StatusCode);
        var revealed = await RevealAsync(reviewer, id, number, "核對申請人身分");
        Assert.Equal(TestDocuments.NationalId, (string?)(await Json(revealed))["value"]);
        Assert.True(revealed.Headers.CacheControl?.NoStore);

        var approved = await DecideAsync(reviewer, id, "approve-redacted", "已確認遮蔽身分證統一編號");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var released = await _served.ListAsync(_served.Containers.Released);
        Assert.Contains(released, name => name.EndsWith(".redacted.txt", StringComparison.Ordinal) && name.Contains(id, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Conflict, (await DecideAsync(reviewer, id, "reject", "重複決定")).StatusCode);
    }

    [Fact]
    public async Task The_report_links_an_upload_answers_with_open_for_the_uploader_as_given_and_for_no_one_signed_out()
    {
        using var uploader = Client();
        using var anonymous = Client();
        await SignInAsync(uploader, "陳美玲", Password);
        var status = await Json(await UploadAsync(uploader, TestDocuments.LetterWithId()));
        var id = (string)status["documentId"]!;
        var html = (string)status["report"]!["html"]!;
        var json = (string)status["report"]!["json"]!;

        // Links through the API with the caller's own sign-in: no storage address, no signature or key in them.
        Assert.All([html, json], link => Assert.StartsWith("/api/documents/", link, StringComparison.Ordinal));
        var page = await uploader.GetAsync(html);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("text/html", page.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        var text = await page.Content.ReadAsStringAsync();
        Assert.Contains("須遮蔽", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestDocuments.NationalId, text, StringComparison.Ordinal);
        Assert.Equal(id, (string?)(await Json(await uploader.GetAsync(json)))["id"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(html)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(json)).StatusCode);
    }

    [Fact]
    public async Task A_rejected_document_tells_its_uploader_why()
    {
        using var uploader = Client();
        using var reviewer = Client();
        await SignInAsync(uploader, "陳美玲", Password);
        await SignInAsync(reviewer, "王淑芬", Password);
        var id = (string)(await Json(await UploadAsync(uploader, TestDocuments.LetterWithId(number: 5678))))["documentId"]!;

        Assert.Equal(HttpStatusCode.BadRequest, (await DecideAsync(reviewer, id, "reject", "")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(reviewer, id, "reject", "受文者為個人，請改以遮蔽稿重新陳核")).StatusCode);

        var status = await Json(await uploader.GetAsync($"/api/documents/{id}"));
        Assert.Equal("reject", (string?)status["decision"]);
        Assert.Equal("受文者為個人，請改以遮蔽稿重新陳核", (string?)status["decisionReason"]);
        Assert.Empty(await _served.ListAsync(_served.Containers.Released));
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = _served.BaseAddress,
    };

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password) =>
        client.PostAsJsonAsync("/api/review/login", new { name, password });

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, string id, string decision, string reason) =>
        client.PostAsJsonAsync($"/api/review/documents/{id}/decision", new { decision, reason });

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] document)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(document);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        form.Add(file, "file", "中低收入戶資格復函.txt");
        return client.PostAsync("/api/documents?folder=社會局&wait=60", form);
    }

    private static Task<HttpResponseMessage> RevealAsync(HttpClient client, string id, int finding, string reason) =>
        client.PostAsJsonAsync($"/api/review/documents/{id}/findings/{finding}/reveal", new { reason });

    private static async Task<JsonNode> Json(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(), documentOptions: default)!;
}
