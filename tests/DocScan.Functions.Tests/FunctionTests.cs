using System.Text;
using Azure.Storage.Blobs;
using DocScan.Storage;
using DocScan.Storage.Review;
using DocScan.Web;
using DocScan.Tests.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions.Tests;

/// <summary>The function classes called directly, as the worker calls them, against Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ScanOutbound_writes_json_and_html_reports_and_routes_a_tagged_copy()
    {
        var app = await FunctionsHarness.CreateAsync(azurite);
        var blob = app.Container(app.Containers.Outbound).GetBlobClient("地政事務所/2024/查詢回覆.txt");
        await blob.UploadAsync(BinaryData.FromBytes(TestDocuments.LetterWithId()));

        await app.Function<ScanOutboundFunction>().RunAsync(blob, CancellationToken.None);

        var reports = await app.ListAsync(app.Containers.Reports);
        var id = Assert.Single(reports, n => n.EndsWith(".json", StringComparison.Ordinal))[..DocumentIds.Length];
        Assert.Contains(id + ".html", reports);
        Assert.Contains("\"verdict\": \"redact\"", await app.TextAsync(app.Containers.Reports, id + ".json"), StringComparison.Ordinal);
        Assert.Contains("須遮蔽", await app.TextAsync(app.Containers.Reports, id + ".html"), StringComparison.Ordinal);
        var copy = Assert.Single(await app.ListAsync(app.Containers.Review));
        Assert.Equal($"地政事務所/2024/{id}/查詢回覆.txt", copy);
        var tags = (await app.Container(app.Containers.Review).GetBlobClient(copy).GetTagsAsync()).Value.Tags;
        Assert.Equal("redact", tags[BlobKeys.VerdictTag]);
        Assert.Equal(DocScan.Core.Rules.ScanRules.Default.EffectiveVersion, tags[BlobKeys.RulesTag]);
    }

    [Fact]
    public async Task ScanOutbound_throws_for_a_failed_attempt_so_the_host_delivers_again()
    {
        var app = await FunctionsHarness.CreateAsync(azurite);
        var blob = app.Container(app.Containers.Outbound).GetBlobClient("公告.txt");
        await blob.UploadAsync(BinaryData.FromBytes(TestDocuments.Notice()));
        // Storage refuses the report (here: its container is gone): the function must fail, not pretend it is done.
        await app.Container(app.Containers.Reports).DeleteAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => app.Function<ScanOutboundFunction>().RunAsync(blob, CancellationToken.None));
    }

    [Fact]
    public async Task Upload_takes_a_raw_body_and_answers_202_with_the_document_id_until_it_is_scanned()
    {
        var app = await FunctionsHarness.CreateAsync(azurite);

        var result = await app.Function<UploadFunction>().RunAsync(
            FunctionsHarness.Post(TestDocuments.LetterWithId(), "?name=%E5%BE%A9%E5%87%BD.txt&folder=%E7%A4%BE%E6%9C%83%E5%B1%80&wait=0", (UploaderIdentity.LocalHeader, "clerk@example.gov.tw")),
            CancellationToken.None);

        var accepted = Assert.IsType<AcceptedResult>(result);
        var body = Assert.IsType<DocumentStatusBody>(accepted.Value);
        Assert.Equal(DocumentStatusBody.Pending, body.Status);
        Assert.Null(body.Verdict);
        Assert.Equal($"/api/documents/{body.DocumentId}", accepted.Location);
        var uploaded = Assert.Single(await app.ListAsync(app.Containers.Outbound));
        Assert.Matches("^社會局/.+/復函\\.txt$", uploaded);
        var blob = app.Container(app.Containers.Outbound).GetBlobClient(uploaded);
        Assert.Equal("clerk@example.gov.tw", BlobKeys.Unescape((await blob.GetPropertiesAsync()).Value.Metadata[BlobKeys.Uploader]));

        await app.Function<ScanOutboundFunction>().RunAsync(blob, CancellationToken.None);
        var status = await app.Function<DocumentStatusFunction>().RunAsync(FunctionsHarness.Get($"/api/documents/{body.DocumentId}"), body.DocumentId, CancellationToken.None);

        var scanned = Assert.IsType<DocumentStatusBody>(Assert.IsType<OkObjectResult>(status).Value);
        Assert.Equal(DocumentStatusBody.Scanned, scanned.Status);
        Assert.Equal("redact", scanned.Verdict);
        Assert.Equal("須遮蔽", scanned.VerdictLabel);
        Assert.Equal($"/api/documents/{body.DocumentId}/report", scanned.Report.Html);
        Assert.Equal($"/api/documents/{body.DocumentId}/report.json", scanned.Report.Json);
    }

    /// <summary>
    /// The formats agencies send: an electronic 公文 (DI, exchange form and attachments in one zip) is scanned as one
    /// document, attachments included; an ODF text with a tracked deletion is read with it hidden.
    /// </summary>
    [Theory]
    [InlineData("電子公文-人行道陳情案復函.zip", ".di!/")]
    [InlineData("職務報告-中正一分局.odt", "content.xml")]
    public async Task ScanOutbound_reads_DI_packages_and_ODF(string sample, string path)
    {
        var app = await FunctionsHarness.CreateAsync(azurite);
        var (verdict, masked) = TestDocuments.Expected(sample);
        var blob = app.Container(app.Containers.Outbound).GetBlobClient($"文書科/{sample}");
        await blob.UploadAsync(BinaryData.FromBytes(TestDocuments.Sample(sample)));

        await app.Function<ScanOutboundFunction>().RunAsync(blob, CancellationToken.None);

        var id = Assert.Single(await app.ListAsync(app.Containers.Reports), n => n.EndsWith(".json", StringComparison.Ordinal))[..^5];
        var report = (await new ReportStore(app.Service, app.Containers).ReadAsync(id, CancellationToken.None))!;
        Assert.Equal(verdict, DocScan.Core.Reporting.ReportJson.VerdictId(report.Scan.Verdict));
        Assert.Equal(masked.Order(StringComparer.Ordinal), report.Scan.Findings.Select(f => f.Masked).Order(StringComparer.Ordinal));
        Assert.Contains(report.Scan.Findings, f => f.Location.Path.Contains(path, StringComparison.Ordinal));
        Assert.Empty(report.Scan.Problems);
    }

    [Fact]
    public async Task Report_links_open_through_the_API_for_the_uploader_and_reviewers_and_no_one_else()
    {
        var app = await FunctionsHarness.CreateAsync(azurite);
        var upload = await app.Function<UploadFunction>().RunAsync(
            FunctionsHarness.Post(TestDocuments.LetterWithId(), "?name=%E5%BE%A9%E5%87%BD.txt&wait=0", (UploaderIdentity.LocalHeader, "clerk@example.gov.tw")),
            CancellationToken.None);
        var id = Assert.IsType<DocumentStatusBody>(Assert.IsType<AcceptedResult>(upload).Value).DocumentId;
        var report = app.Function<DocumentReportFunction>();
        Task<IActionResult> Read(string? principal, bool html = true)
        {
            var request = FunctionsHarness.Get($"/api/documents/{id}/report");
            if (principal is not null)
            {
                request.Headers[UploaderIdentity.PrincipalHeader] = principal;
            }

            return html ? report.RunAsync(request, id, CancellationToken.None) : report.RunJsonAsync(request, id, CancellationToken.None);
        }

        var clerk = FunctionsHarness.ClientPrincipal("clerk@example.gov.tw", ReviewRoles.Uploader);
        Assert.Equal(404, Assert.IsType<ObjectResult>(await Read(clerk)).StatusCode);
        await app.Function<ScanOutboundFunction>().RunAsync(
            app.Container(app.Containers.Outbound).GetBlobClient(Assert.Single(await app.ListAsync(app.Containers.Outbound))), CancellationToken.None);

        // As the host writes it: the page, uncached, allowed to style itself and nothing else.
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        await Assert.IsType<ReportContentResult>(await Read(clerk)).ExecuteResultAsync(new ActionContext { HttpContext = context });
        var page = Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
        Assert.StartsWith("text/html", context.Response.ContentType, StringComparison.Ordinal);
        Assert.Equal("no-store", context.Response.Headers.CacheControl.ToString());
        Assert.StartsWith("default-src 'none'", context.Response.Headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
        Assert.Contains("須遮蔽", page, StringComparison.Ordinal);
        Assert.DoesNotContain(TestDocuments.NationalId, page, StringComparison.Ordinal);
        var json = Assert.IsType<ReportContentResult>(await Read(FunctionsHarness.ClientPrincipal("reviewer@example.gov.tw", ReviewRoles.Reviewer), html: false));
        Assert.StartsWith("application/json", json.ContentType, StringComparison.Ordinal);
        Assert.Equal(id, System.Text.Json.JsonDocument.Parse(json.Content).RootElement.GetProperty("id").GetString());
        Assert.Equal(403, Assert.IsType<ObjectResult>(await Read(FunctionsHarness.ClientPrincipal("other.clerk@example.gov.tw", ReviewRoles.Uploader))).StatusCode);
        Assert.Equal(401, Assert.IsType<ObjectResult>(await Read(null)).StatusCode);
    }

    [Fact]
    public async Task Upload_that_waits_answers_with_the_verdict_once_the_trigger_has_scanned_it()
    {
        var app = await FunctionsHarness.CreateAsync(azurite);
        var trigger = app.Function<ScanOutboundFunction>();
        using var stop = new CancellationTokenSource();
        // Stands in for the host: scans each new blob in outbound once.
        var host = Task.Run(async () =>
        {
            var seen = new HashSet<string>();
            while (!stop.IsCancellationRequested)
            {
                foreach (var name in (await app.ListAsync(app.Containers.Outbound)).Where(seen.Add))
                {
                    await trigger.RunAsync(app.Container(app.Containers.Outbound).GetBlobClient(name), CancellationToken.None);
                }

                await Task.Delay(100);
            }
        });

        var result = await app.Function<UploadFunction>().RunAsync(
            FunctionsHarness.Post(TestDocuments.Notice(), "?name=公告.txt&wait=60", (UploaderIdentity.LocalHeader, "clerk@example.gov.tw")), CancellationToken.None);
        await stop.CancelAsync();
        await host;

        var body = Assert.IsType<DocumentStatusBody>(Assert.IsType<OkObjectResult>(result).Value);
        Assert.Equal("release", body.Verdict);
        Assert.Equal("可發出", body.VerdictLabel);
    }

    [Fact]
    public async Task Upload_takes_a_multipart_form_and_the_user_platform_authentication_names()
    {
        var app = await FunctionsHarness.CreateAsync(azurite, trustUploaderHeader: false);

        var result = await app.Function<UploadFunction>().RunAsync(
            await FunctionsHarness.PostFormAsync(TestDocuments.Notice(), "公告.txt",
                (UploaderIdentity.PrincipalHeader, FunctionsHarness.ClientPrincipal("meiling.chen@example.gov.tw")),
                (UploaderIdentity.LocalHeader, "someone-else@example.gov.tw")),
            CancellationToken.None);

        Assert.IsType<AcceptedResult>(result);
        var uploaded = Assert.Single(await app.ListAsync(app.Containers.Outbound));
        Assert.EndsWith("/公告.txt", uploaded, StringComparison.Ordinal);
        var metadata = (await app.Container(app.Containers.Outbound).GetBlobClient(uploaded).GetPropertiesAsync()).Value.Metadata;
        Assert.Equal("meiling.chen@example.gov.tw", BlobKeys.Unescape(metadata[BlobKeys.Uploader]));
        Assert.Equal(TestDocuments.Notice(), (await app.Container(app.Containers.Outbound).GetBlobClient(uploaded).DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task Upload_without_a_trusted_identity_is_refused_and_stores_nothing()
    {
        var app = await FunctionsHarness.CreateAsync(azurite, trustUploaderHeader: false);

        var result = await app.Function<UploadFunction>().RunAsync(
            FunctionsHarness.Post(TestDocuments.Notice(), "?name=公告.txt", (UploaderIdentity.LocalHeader, "clerk@example.gov.tw")), CancellationToken.None);

        Assert.Equal(StatusCodes.Status401Unauthorized, Assert.IsType<ObjectResult>(result).StatusCode);
        Assert.Empty(await app.ListAsync(app.Containers.Outbound));
    }

    [Theory]
    [InlineData("", "?name=a.txt")]
    [InlineData("公告", "?name=a.txt&folder=../reports")]
    public async Task Upload_without_a_document_or_with_a_bad_folder_is_a_bad_request(string content, string query)
    {
        var app = await FunctionsHarness.CreateAsync(azurite);

        var result = await app.Function<UploadFunction>().RunAsync(
            FunctionsHarness.Post(System.Text.Encoding.UTF8.GetBytes(content), query, (UploaderIdentity.LocalHeader, "clerk@example.gov.tw")), CancellationToken.None);

        Assert.Equal(StatusCodes.Status400BadRequest, Assert.IsType<ObjectResult>(result).StatusCode);
        Assert.Empty(await app.ListAsync(app.Containers.Outbound));
    }

    [Fact]
    public async Task An_empty_upload_is_told_in_a_clerks_words()
    {
        var app = await FunctionsHarness.CreateAsync(azurite);

        var result = await app.Function<UploadFunction>().RunAsync(
            FunctionsHarness.Post([], "?name=公文.docx", (UploaderIdentity.LocalHeader, "clerk@example.gov.tw")), CancellationToken.None);

        var message = System.Text.Json.JsonSerializer.Serialize(Assert.IsType<ObjectResult>(result).Value,
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("請先選擇要上傳的檔案", message, StringComparison.Ordinal);
        Assert.DoesNotContain("multipart", message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("請求", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentStatus_refuses_what_is_not_a_document_id()
    {
        var app = await FunctionsHarness.CreateAsync(azurite);

        var result = await app.Function<DocumentStatusFunction>().RunAsync(FunctionsHarness.Get("/api/documents/x"), "../x", CancellationToken.None);

        Assert.Equal(StatusCodes.Status400BadRequest, Assert.IsType<ObjectResult>(result).StatusCode);
    }

    [Fact]
    public async Task SweepOutbound_scans_what_the_trigger_missed()
    {
        var app = await FunctionsHarness.CreateAsync(azurite);
        await app.Container(app.Containers.Outbound).GetBlobClient("停電期間/函.txt").UploadAsync(BinaryData.FromBytes(TestDocuments.LetterWithId()));

        await app.Function<SweepOutboundFunction>().RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Single(await app.ListAsync(app.Containers.Review));
        Assert.Equal(2, (await app.ListAsync(app.Containers.Reports)).Count);
    }
}
