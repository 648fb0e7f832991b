using DocScan.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary><c>GET /api/review/me</c>: the signed-in reviewer, or where platform authentication signs one in.</summary>
public sealed class ReviewMeFunction
{
    public const string Name = "ReviewMe";

    /// <summary>App Service authentication's own pages (infra/ configures Entra ID as the provider).</summary>
    public static readonly SignInLinks PlatformLinks = new(
        $"/.auth/login/aad?post_login_redirect_uri=/api/{SiteAssets.Route}/", $"/.auth/logout?post_logout_redirect_uri=/api/{SiteAssets.Route}/");

    [Function(Name)]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ReviewHttp.MeRoute)] HttpRequest request) =>
        ReviewHttp.Me(ReviewerIdentity.From(request), PlatformLinks);
}
