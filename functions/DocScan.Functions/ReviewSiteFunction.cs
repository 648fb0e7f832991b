using DocScan.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary><c>GET /api/reviewer/{*path}</c>: the reviewer page and its assets, pdf.js included, from the app itself.</summary>
public sealed class ReviewSiteFunction
{
    public const string Name = "ReviewSite";

    [Function(Name)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = SiteAssets.Route + "/{*path}")] HttpRequest request,
        string? path) =>
        SiteAssets.Serve(request, path);
}
