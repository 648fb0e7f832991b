using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DocScan.Web;

/// <summary>
/// A stored report as the API serves it: never cached (it names a document and its findings, masked), never
/// sniffed as another type, and the page may only style itself: it loads and runs nothing, so the policy says so.
/// </summary>
public sealed class ReportContentResult(string content, bool html) : IActionResult
{
    public const string PagePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public string Content => content;

    public string ContentType => html ? "text/html; charset=utf-8" : "application/json; charset=utf-8";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (html)
        {
            response.Headers.ContentSecurityPolicy = PagePolicy;
        }

        await response.WriteAsync(content, context.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}
