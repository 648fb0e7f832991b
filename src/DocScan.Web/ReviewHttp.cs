using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocScan.Core.Extraction;
using DocScan.Core.Scanning;
using DocScan.Storage.Audit;
using DocScan.Storage.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;

namespace DocScan.Web;

/// <summary>
/// The reviewer API over HTTP, the same for both hosts (the Functions app and <c>docscan serve</c>): each host
/// establishes the caller its own way and hands it in; parsing, answers and refusals are decided here once.
/// Routes are relative to the hosts' <c>/api</c> prefix.
/// </summary>
public sealed class ReviewHttp(ReviewQueue queue, ReviewDecisions decisions, FindingActions findings)
{
    public const string QueueRoute = "review/documents";
    public const string ReportRoute = "review/documents/{id}";
    public const string DecisionRoute = "review/documents/{id}/decision";
    public const string RevealRoute = "review/documents/{id}/findings/{finding:int}/reveal";
    public const string DraftsRoute = "review/documents/{id}/drafts";
    public const string DraftRoute = "review/documents/{id}/drafts/{name}";
    public const string MeRoute = "review/me";

    private static readonly Dictionary<string, ReviewDecision> Decisions = new(StringComparer.Ordinal)
    {
        [AuditActions.ApproveRedacted] = ReviewDecision.ApproveRedacted,
        [AuditActions.ApproveDualDraft] = ReviewDecision.ApproveDualDraft,
        [AuditActions.ReleaseAsIs] = ReviewDecision.ReleaseAsIs,
        [AuditActions.Reject] = ReviewDecision.Reject,
    };

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly DocumentExtractor _extractor = DocumentExtractor.CreateDefault();

    /// <summary><c>GET review/me</c>: who the page is talking to, or how to sign in.</summary>
    public static IActionResult Me(ReviewCaller? caller, SignInLinks links) => caller is null
        ? new ObjectResult(new { error = "請先登入。", signIn = links.SignIn }) { StatusCode = StatusCodes.Status401Unauthorized }
        : new OkObjectResult(new { name = caller.Name, roles = caller.Roles.Order(StringComparer.Ordinal).ToArray(), signOut = links.SignOut });

    /// <summary><c>GET review/documents?verdict=&amp;folder=&amp;from=&amp;to=&amp;pageSize=&amp;continuation=</c>.</summary>
    public Task<IActionResult> QueueAsync(HttpRequest request, ReviewCaller? caller, CancellationToken cancellationToken)
    {
        var query = request.Query;
        if (!TryTime(query["from"], out var from) || !TryTime(query["to"], out var to)
            || !int.TryParse(query["pageSize"].ToString() is { Length: > 0 } size ? size : "50", CultureInfo.InvariantCulture, out var pageSize))
        {
            return Task.FromResult(ApiResults.Error(StatusCodes.Status400BadRequest, "查詢條件格式不正確（日期例如 2026-03-01，pageSize 為整數）。"));
        }

        return ApiResults.ReviewAsync(caller, async c => new OkObjectResult(await queue.ListPendingAsync(c,
            new PendingQuery(Text(query["verdict"]), Text(query["folder"]), from, to, pageSize, Text(query["continuation"])), cancellationToken)));
    }

    /// <summary><c>GET review/documents/{id}</c>: the stored report (masked values only), each finding with its masked <c>snippet</c>.</summary>
    public Task<IActionResult> ReportAsync(ReviewCaller? caller, string id, CancellationToken cancellationToken) =>
        ApiResults.ReviewAsync(caller, async c =>
        {
            var result = await queue.GetReportAsync(c, id, cancellationToken);
            var json = JsonNode.Parse(result.Report.ToJson())!;
            var findings = json["findings"]!.AsArray();
            for (var i = 0; i < findings.Count; i++)
            {
                findings[i]!["snippet"] = result.Snippets[i];
            }

            return new OkObjectResult(json);
        });

    /// <summary>
    /// <c>POST review/documents/{id}/decision</c> with <c>{"decision": "approve-redacted" | "approve-dual-draft" | "release-as-is" |
    /// "reject", "reason": "..."}</c>, or <c>{"decision": "false-positive", "finding": 1, "reason": "...", "allowList": true}</c>
    /// (findings counted from 1; with <c>allowList</c> later scans no longer report the value), or
    /// <c>{"decision": "mask-anyway", "finding": 2, "reason": "..."}</c> (仍要遮蔽: an official or organisation value masked in the drafts too).
    /// </summary>
    public async Task<IActionResult> DecisionAsync(HttpRequest request, ReviewCaller? caller, string id, CancellationToken cancellationToken)
    {
        var body = await ReadJsonAsync<DecisionBody>(request, cancellationToken);
        if (body?.Decision is not { } name || (!Decisions.ContainsKey(name) && name is not (AuditActions.FalsePositive or AuditActions.MaskAnyway)))
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest,
                $"請以 JSON 指定 decision（{string.Join("、", Decisions.Keys.Append(AuditActions.FalsePositive).Append(AuditActions.MaskAnyway))}）與 reason。");
        }

        return name switch
        {
            AuditActions.FalsePositive => await ApiResults.ReviewAsync(caller, async c =>
                new OkObjectResult(await findings.MarkFalsePositiveAsync(c, id, (body.Finding ?? 0) - 1, body.Reason, body.AllowList ?? false,
                    cancellationToken))),
            AuditActions.MaskAnyway => await ApiResults.ReviewAsync(caller, async c =>
                new OkObjectResult(await findings.MaskAnywayAsync(c, id, (body.Finding ?? 0) - 1, body.Reason, cancellationToken))),
            _ => await ApiResults.ReviewAsync(caller, async c =>
                new OkObjectResult(await decisions.DecideAsync(c, id, Decisions[name], body.Reason, cancellationToken))),
        };
    }

    /// <summary>
    /// <c>POST review/documents/{id}/findings/{finding}/reveal</c> with <c>{"reason": "..."}</c>: one unmasked value (findings counted
    /// from 1), audited with the reason before it is answered, never cached.
    /// </summary>
    public async Task<IActionResult> RevealAsync(HttpRequest request, ReviewCaller? caller, string id, int finding, CancellationToken cancellationToken)
    {
        var reason = (await ReadJsonAsync<RevealBody>(request, cancellationToken))?.Reason;
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return await ApiResults.ReviewAsync(caller, async c => new OkObjectResult(await findings.RevealAsync(c, id, finding - 1, reason, cancellationToken)));
    }

    /// <summary><c>GET review/documents/{id}/drafts</c>: <c>{drafts: [{name, kind, contentType, size}]}</c>, the drafts proposed for release.</summary>
    public Task<IActionResult> DraftsAsync(ReviewCaller? caller, string id, CancellationToken cancellationToken) =>
        ApiResults.ReviewAsync(caller, async c =>
        {
            var drafts = await queue.ListDraftsAsync(c, id, cancellationToken);
            return new OkObjectResult(new
            {
                drafts = drafts.Select(d => new { name = d.Name, kind = DraftKinds.Of(d.Name), contentType = ContentType(d.Name), size = d.Size }),
            });
        });

    /// <summary>
    /// <c>GET review/documents/{id}/drafts/{name}</c>: the draft itself (the page renders PDFs with pdf.js), or with <c>?view=text</c> its
    /// text as <c>{segments: [{source, path, page, hidden, text}]}</c> for formats a browser cannot show.
    /// </summary>
    public Task<IActionResult> DraftAsync(HttpRequest request, ReviewCaller? caller, string id, string name, CancellationToken cancellationToken) =>
        ApiResults.ReviewAsync(caller, async c =>
        {
            var content = await queue.ReadDraftAsync(c, id, name, cancellationToken);
            request.HttpContext.Response.Headers.CacheControl = "no-store";
            if (request.Query["view"] != "text")
            {
                return new FileContentResult(content.ToArray(), ContentType(name));
            }

            var text = await _extractor.ExtractAsync(content.ToMemory(), name, ScanLimits.Default, cancellationToken);
            return new OkObjectResult(new
            {
                segments = text.Segments.Select(s => new { source = s.Source, path = s.Path, page = s.Page, hidden = s.Hidden, text = s.Text }),
                problems = text.Problems.Select(p => p.Message),
            });
        });

    private static string ContentType(string name) => ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream";

    private static async Task<T?> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, JsonSerializerOptions.Web, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static bool TryTime(string? value, out DateTimeOffset? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var ok = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed);
        time = ok ? parsed : null;
        return ok;
    }

    private sealed record DecisionBody(string? Decision, string? Reason, int? Finding, bool? AllowList);

    private sealed record RevealBody(string? Reason);
}

/// <summary>Where the page sends a caller to sign in and out: the platform's pages in Azure, the page's own form locally (<c>local</c>).</summary>
public sealed record SignInLinks(string SignIn, string SignOut)
{
    public const string Local = "local";
}
