using System.Security.Claims;
using System.Text.Json;
using System.Threading.RateLimiting;
using DocScan.Storage.Review;
using DocScan.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DocScan.Cli.Serving;

/// <summary>
/// The reviewer page and the HTTP API on Kestrel, for <c>docscan serve</c>: the same endpoints as the Functions app
/// (<see cref="ReviewHttp"/>, <see cref="UploadHttp"/>, under <c>/api</c>), with the configured local users signing
/// in through the page's own form instead of platform authentication.
/// </summary>
public static class ReviewSite
{
    public const string LoginRoute = "/api/review/login";
    public const string LogoutRoute = "/api/review/logout";

    public const int SignInAttemptsPerMinute = 10;

    private const string SignInLimit = "sign-in";

    private static readonly SignInLinks LocalLinks = new(SignInLinks.Local, SignInLinks.Local);

    public static void ConfigureServices(IServiceCollection services, LocalUsers users)
    {
        services.AddSingleton(users);
        // The result executors and JSON formatter the shared endpoints' IActionResults need, as in the Functions worker.
        services.AddMvcCore();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "docscan-session";
            cookie.Cookie.HttpOnly = true;
            // Strict: no other site can make a signed-in browser post a decision.
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // An API answers 401 and lets the page show its form; there is no login page to redirect to.
            cookie.Events.OnRedirectToLogin = context =>
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization();
        // Guessing passwords: a handful of tries a minute from one address, then 429 until the minute is over.
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
    }

    public static void Configure(IApplicationBuilder app)
    {
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapGet("/", context =>
            {
                context.Response.Redirect($"/api/{SiteAssets.Route}/");
                return Task.CompletedTask;
            });
            Map(endpoints, "GET", $"/api/{SiteAssets.Route}/{{**path}}", context =>
                Task.FromResult(SiteAssets.Serve(context.Request, context.GetRouteValue("path") as string)));
            Map(endpoints, "GET", $"/api/{ReviewHttp.MeRoute}", context => Task.FromResult(ReviewHttp.Me(Caller(context), LocalLinks)));
            Map(endpoints, "POST", LoginRoute, SignInAsync).RequireRateLimiting(SignInLimit);
            Map(endpoints, "POST", LogoutRoute, async context =>
            {
                await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return new NoContentResult();
            });

            Map(endpoints, "GET", $"/api/{ReviewHttp.QueueRoute}", context => Review(context).QueueAsync(context.Request, Caller(context), context.RequestAborted));
            Map(endpoints, "GET", $"/api/{ReviewHttp.ReportRoute}", context => Review(context).ReportAsync(Caller(context), Id(context), context.RequestAborted));
            Map(endpoints, "POST", $"/api/{ReviewHttp.DecisionRoute}", context =>
                Review(context).DecisionAsync(context.Request, Caller(context), Id(context), context.RequestAborted));
            Map(endpoints, "POST", $"/api/{ReviewHttp.RevealRoute}", context => Review(context).RevealAsync(context.Request, Caller(context), Id(context),
                int.Parse((string)context.GetRouteValue("finding")!, System.Globalization.CultureInfo.InvariantCulture), context.RequestAborted));
            Map(endpoints, "GET", $"/api/{ReviewHttp.DraftsRoute}", context => Review(context).DraftsAsync(Caller(context), Id(context), context.RequestAborted));
            Map(endpoints, "GET", $"/api/{ReviewHttp.DraftRoute}", context => Review(context).DraftAsync(context.Request, Caller(context), Id(context),
                (string)context.GetRouteValue("name")!, context.RequestAborted));

            Map(endpoints, "POST", $"/api/{UploadHttp.UploadRoute}", context =>
                Uploads(context).UploadAsync(context.Request, Caller(context) is { } caller && caller.Has(ReviewRoles.Uploader) ? caller.Name : null,
                    context.RequestAborted));
            Map(endpoints, "GET", $"/api/{UploadHttp.StatusRoute}", context => Uploads(context).StatusAsync(Id(context), context.RequestAborted));
            Map(endpoints, "GET", $"/api/{UploadHttp.ReportRoute}", context =>
                Uploads(context).ReportAsync(Caller(context), Id(context), html: true, context.RequestAborted));
            Map(endpoints, "GET", $"/api/{UploadHttp.ReportJsonRoute}", context =>
                Uploads(context).ReportAsync(Caller(context), Id(context), html: false, context.RequestAborted));
        });
    }

    /// <summary>The signed-in local user, as the review service sees callers.</summary>
    private static ReviewCaller? Caller(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name }
            ? new ReviewCaller(name, context.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray())
            : null;

    private static async Task<IActionResult> SignInAsync(HttpContext context)
    {
        SignInBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<SignInBody>(context.Request.Body, JsonSerializerOptions.Web, context.RequestAborted);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (context.RequestServices.GetRequiredService<LocalUsers>().SignIn(body?.Name, body?.Password) is not { } caller)
        {
            return ApiResults.Error(StatusCodes.Status401Unauthorized, "帳號或密碼不正確。");
        }

        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, caller.Name));
        foreach (var role in caller.Roles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return ReviewHttp.Me(caller, LocalLinks);
    }

    private static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints, string method, string pattern, Func<HttpContext, Task<IActionResult>> handler) =>
        endpoints.MapMethods(pattern, [method], async context =>
        {
            var result = await handler(context);
            await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        });

    private static ReviewHttp Review(HttpContext context) => context.RequestServices.GetRequiredService<ReviewHttp>();

    private static UploadHttp Uploads(HttpContext context) => context.RequestServices.GetRequiredService<UploadHttp>();

    private static string Id(HttpContext context) => (string)context.GetRouteValue("id")!;

    private sealed record SignInBody(string? Name, string? Password);
}
