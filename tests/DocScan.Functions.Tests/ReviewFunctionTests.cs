using System.Text;
using System.Text.Json;
using DocScan.Functions;
using DocScan.Storage;
using DocScan.Web;
using DocScan.Storage.Audit;
using DocScan.Storage.Review;
using DocScan.Tests.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DocScan.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ReviewFunctionTests(AzuriteFixture azurite)
{
    private static readonly string Reviewer = FunctionsHarness.ClientPrincipal("shufen.wang@example.gov.tw", ReviewRoles.Reviewer);
    private static readonly string Auditor = FunctionsHarness.ClientPrincipal("jianguo.li@example.gov.tw", ReviewRoles.Auditor);
    private static readonly string Uploader = FunctionsHarness.ClientPrincipal("meiling.chen@example.gov.tw", ReviewRoles.Uploader);

    [Fact]
    public async Task Queue_answers_reviewers_and_auditors_refuses_uploaders_and_strangers()
    {
        var (functions, id) = await ScannedLetterAsync();
        var queue = functions.Function<ReviewQueueFunction>();

        var page = Assert.IsType<PendingPage>(Assert.IsType<OkObjectResult>(
            await queue.RunAsync(Request("GET", "?folder=社會局&verdict=redact", Reviewer), CancellationToken.None)).Value);
        Assert.Equal(id, Assert.Single(page.Documents).Id);
        Assert.IsType<OkObjectResult>(await queue.RunAsync(Request("GET", "", Auditor), CancellationToken.None));
        Assert.Equal(StatusCodes.Status403Forbidden, Status(await queue.RunAsync(Request("GET", "", Uploader), CancellationToken.None)));
        Assert.Equal(StatusCodes.Status401Unauthorized, Status(await queue.RunAsync(Request("GET", "", null), CancellationToken.None)));
        Assert.Equal(StatusCodes.Status400BadRequest, Status(await queue.RunAsync(Request("GET", "?from=上週", Reviewer), CancellationToken.None)));
    }

    [Fact]
    public async Task Report_is_the_masked_stored_report()
    {
        var (functions, id) = await ScannedLetterAsync();
        var report = functions.Function<ReviewReportFunction>();

        var ok = Assert.IsType<OkObjectResult>(await report.RunAsync(Request("GET", "", Auditor), id, CancellationToken.None));

        var json = ok.Value!.ToString()!;
        Assert.Contains("\"verdict\": \"redact\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain(TestDocuments.NationalId, json, StringComparison.Ordinal);
        var finding = Assert.Single(Assert.IsAssignableFrom<System.Text.Json.Nodes.JsonNode>(ok.Value)["findings"]!.AsArray(),
            f => (string?)f!["type"] == "national-id")!;
        Assert.Contains("身分證統一編號：F15****819", (string?)finding["snippet"], StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status404NotFound, Status(await report.RunAsync(Request("GET", "", Reviewer), "0123456789abcdef0123456789abcdef", CancellationToken.None)));
        Assert.Equal(StatusCodes.Status403Forbidden, Status(await report.RunAsync(Request("GET", "", Uploader), id, CancellationToken.None)));
    }

    [Fact]
    public async Task Decisions_need_the_reviewer_role_and_a_reason_happen_once_and_are_audited()
    {
        var (functions, id) = await ScannedLetterAsync();
        var decide = functions.Function<ReviewDecisionFunction>();

        Assert.Equal(StatusCodes.Status400BadRequest, Status(await decide.RunAsync(Request("POST", "", Reviewer, "{\"decision\":\"release-as-is\"}"), id, CancellationToken.None)));
        Assert.Equal(StatusCodes.Status400BadRequest, Status(await decide.RunAsync(Request("POST", "", Reviewer, "{\"decision\":\"publish\"}"), id, CancellationToken.None)));
        Assert.Equal(StatusCodes.Status400BadRequest, Status(await decide.RunAsync(Request("POST", "", Reviewer, "不是 JSON"), id, CancellationToken.None)));
        Assert.Equal(StatusCodes.Status403Forbidden, Status(await decide.RunAsync(
            Request("POST", "", Auditor, "{\"decision\":\"reject\",\"reason\":\"稽核\"}"), id, CancellationToken.None)));
        Assert.Equal(StatusCodes.Status401Unauthorized, Status(await decide.RunAsync(
            Request("POST", "", null, "{\"decision\":\"reject\",\"reason\":\"x\"}"), id, CancellationToken.None)));

        var falsePositive = Assert.IsType<OkObjectResult>(await decide.RunAsync(
            Request("POST", "", Reviewer, "{\"decision\":\"false-positive\",\"finding\":1,\"reason\":\"範例號碼\"}"), id, CancellationToken.None));
        var released = Assert.IsType<OkObjectResult>(await decide.RunAsync(
            Request("POST", "", Reviewer, "{\"decision\":\"release-as-is\",\"reason\":\"本人申請，送達本人\"}"), id, CancellationToken.None));
        var again = await decide.RunAsync(Request("POST", "", Reviewer, "{\"decision\":\"reject\",\"reason\":\"重複\"}"), id, CancellationToken.None);

        Assert.Equal(AuditActions.FalsePositive, Assert.IsType<AuditEntry>(falsePositive.Value).Action);
        var outcome = Assert.IsType<DecisionOutcome>(released.Value);
        Assert.Equal("shufen.wang@example.gov.tw", outcome.Audit.User);
        Assert.Single(await functions.ListAsync(functions.Containers.Released));
        Assert.Equal(StatusCodes.Status409Conflict, Status(again));
        var verification = await functions.Get<AuditLog>().VerifyAsync(CancellationToken.None);
        Assert.True(verification.IsIntact);
        Assert.Equal(2, verification.Entries);
    }

    [Fact]
    public async Task Reveal_answers_a_reviewer_with_a_reason_and_nobody_else()
    {
        var (functions, id) = await ScannedLetterAsync();
        var reveal = functions.Function<ReviewRevealFunction>();

        Assert.Equal(StatusCodes.Status400BadRequest, Status(await reveal.RunAsync(Request("POST", "", Reviewer, "{}"), id, 1, CancellationToken.None)));
        Assert.Equal(StatusCodes.Status403Forbidden, Status(await reveal.RunAsync(Request("POST", "", Uploader, "{\"reason\":\"想看\"}"), id, 1, CancellationToken.None)));
        Assert.Equal(StatusCodes.Status400BadRequest, Status(await reveal.RunAsync(Request("POST", "", Reviewer, "{\"reason\":\"核對\"}"), id, 99, CancellationToken.None)));
        var request = Request("POST", "", Reviewer, "{\"reason\":\"核對受文者是否為本人\"}");
        var report = await functions.Get<ReviewQueue>().GetReportAsync(new ReviewCaller("t", [ReviewRoles.Auditor]), id, CancellationToken.None);
        var number = report.Report.Scan.Findings.ToList().FindIndex(f => f.Type == "national-id") + 1;

        var revealed = Assert.IsType<RevealedValue>(Assert.IsType<OkObjectResult>(await reveal.RunAsync(request, id, number, CancellationToken.None)).Value);

        Assert.Equal(TestDocuments.NationalId, revealed.Value);
        Assert.Equal("no-store", request.HttpContext.Response.Headers.CacheControl.ToString());
        Assert.Equal(1, (await functions.Get<AuditLog>().VerifyAsync(CancellationToken.None)).Entries);
    }

    [Fact]
    public async Task Proposed_drafts_are_listed_and_served_to_reviewers_and_auditors_only()
    {
        var (functions, id) = await ScannedLetterAsync();
        var list = functions.Function<ReviewDraftsFunction>();
        var one = functions.Function<ReviewDraftFunction>();

        var drafts = Assert.IsType<OkObjectResult>(await list.RunAsync(Request("GET", "", Auditor), id, CancellationToken.None)).Value!;
        var draft = Assert.Single(JsonSerializer.SerializeToNode(drafts)!["drafts"]!.AsArray())!;
        Assert.Equal(DraftKinds.Redacted, (string?)draft["kind"]);
        var name = (string)draft["name"]!;
        var file = Assert.IsType<FileContentResult>(await one.RunAsync(Request("GET", "", Reviewer), id, name, CancellationToken.None));
        var text = Encoding.UTF8.GetString(file.FileContents);

        Assert.Contains("發文字號", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestDocuments.NationalId, text, StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status403Forbidden, Status(await list.RunAsync(Request("GET", "", Uploader), id, CancellationToken.None)));
        Assert.Equal(StatusCodes.Status403Forbidden, Status(await one.RunAsync(Request("GET", "", Uploader), id, name, CancellationToken.None)));
        Assert.Equal(StatusCodes.Status404NotFound, Status(await one.RunAsync(Request("GET", "", Reviewer), id, "其他.txt", CancellationToken.None)));
        Assert.Equal(StatusCodes.Status401Unauthorized, Status(await list.RunAsync(Request("GET", "", null), id, CancellationToken.None)));
    }

    [Fact]
    public void Me_names_the_platform_user_or_says_where_to_sign_in()
    {
        var me = new ReviewMeFunction();

        var signedIn = JsonSerializer.SerializeToNode(Assert.IsType<OkObjectResult>(me.Run(Request("GET", "", Reviewer))).Value)!;
        var anonymous = Assert.IsType<ObjectResult>(me.Run(Request("GET", "", null)));

        Assert.Equal("shufen.wang@example.gov.tw", (string?)signedIn["name"]);
        Assert.Equal(ReviewRoles.Reviewer, (string?)Assert.Single(signedIn["roles"]!.AsArray()));
        Assert.Equal(StatusCodes.Status401Unauthorized, anonymous.StatusCode);
        Assert.StartsWith("/.auth/login/aad", (string?)JsonSerializer.SerializeToNode(anonymous.Value)!["signIn"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_function_app_serves_the_page_and_pdfjs_itself()
    {
        var site = new ReviewSiteFunction();
        var request = Request("GET", "", null);
        request.Path = "/api/reviewer/";

        var page = Assert.IsType<FileContentResult>(site.Run(request, null));
        var pdfjs = Assert.IsType<FileContentResult>(site.Run(Request("GET", "", null), "vendor/pdfjs/pdf.min.mjs"));

        Assert.Equal("text/html", page.ContentType);
        Assert.Contains("default-src 'self'", request.HttpContext.Response.Headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
        Assert.Equal("text/javascript", pdfjs.ContentType);
        Assert.IsType<NotFoundResult>(site.Run(Request("GET", "", null), "../host.json"));
    }

    [Fact]
    public async Task A_false_positive_with_allow_list_is_not_reported_by_the_next_upload()
    {
        var (functions, id) = await ScannedLetterAsync();
        var decide = functions.Function<ReviewDecisionFunction>();
        var report = await functions.Get<ReviewQueue>().GetReportAsync(new ReviewCaller("t", [ReviewRoles.Auditor]), id, CancellationToken.None);
        var number = report.Report.Scan.Findings.ToList().FindIndex(f => f.Type == "national-id") + 1;

        var ok = Assert.IsType<OkObjectResult>(await decide.RunAsync(Request("POST", "", Reviewer,
            $$"""{"decision":"false-positive","finding":{{number}},"reason":"本局測試用的虛構號碼","allowList":true}"""), id, CancellationToken.None));

        Assert.Equal(AuditActions.AllowListAdd, Assert.IsType<AuditEntry>(ok.Value).Action);
        Assert.DoesNotContain(TestDocuments.NationalId, await functions.TextAsync(functions.Containers.Rules, AllowListStore.BlobName), StringComparison.Ordinal);
        await functions.Container(functions.Containers.Outbound).GetBlobClient("民政局/復函.txt").UploadAsync(BinaryData.FromBytes(TestDocuments.LetterWithId()));
        var again = await functions.Get<OutboundScanService>().ScanAsync(functions.Containers.Outbound, "民政局/復函.txt", CancellationToken.None);
        var findings = (await functions.Get<OutboundScanService>().Reports.ReadAsync(again.DocumentId!, CancellationToken.None))!.Scan.Findings;
        Assert.DoesNotContain(findings, f => f.Type == "national-id");
        Assert.Equal(report.Report.Scan.Findings.Count - 1, findings.Count);
    }

    private async Task<(FunctionsHarness Functions, string Id)> ScannedLetterAsync()
    {
        var functions = await FunctionsHarness.CreateAsync(azurite);
        await functions.Container(functions.Containers.Outbound).GetBlobClient("社會局/復函.txt").UploadAsync(BinaryData.FromBytes(TestDocuments.LetterWithId()));
        var outcome = await functions.Get<OutboundScanService>().ScanAsync(functions.Containers.Outbound, "社會局/復函.txt", CancellationToken.None);
        return (functions, outcome.DocumentId!);
    }

    private static HttpRequest Request(string method, string query, string? principal, string? body = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.QueryString = new QueryString(query.Length == 0 ? "" : "?" + Uri.EscapeDataString(query[1..]).Replace("%3D", "=").Replace("%26", "&"));
        if (principal is not null)
        {
            context.Request.Headers[UploaderIdentity.PrincipalHeader] = principal;
        }

        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body ?? ""));
        context.Request.ContentType = "application/json";
        return context.Request;
    }

    private static int? Status(IActionResult result) => Assert.IsAssignableFrom<ObjectResult>(result).StatusCode;
}
