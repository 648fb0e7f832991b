using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;

namespace DocScan.Web;

/// <summary>
/// The reviewer page's files (wwwroot/ and pdf.js from npm), embedded in this assembly so each host serves
/// them from itself. Answers carry a content security policy that allows nothing from elsewhere.
/// </summary>
public static class SiteAssets
{
    /// <summary>Where the page lives under each host's <c>/api</c> prefix (the Functions app's routes all start there).</summary>
    public const string Route = "reviewer";

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private const string Prefix = "site/";

    private static readonly Assembly Assembly = typeof(SiteAssets).Assembly;

    private static readonly FrozenSet<string> Names = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FileExtensionContentTypeProvider ContentTypes = Types();

    public static IReadOnlyCollection<string> Files => Names;

    /// <summary>The file at <paramref name="path"/> (relative to the page; empty for the page itself), or 404.</summary>
    public static IActionResult Serve(HttpRequest request, string? path)
    {
        if (string.IsNullOrEmpty(path) && !request.Path.Value!.EndsWith('/'))
        {
            // The page's links are relative to its folder.
            return new RedirectResult(request.PathBase + request.Path + "/");
        }

        var response = request.HttpContext.Response;
        var name = string.IsNullOrEmpty(path) ? "index.html" : path;
        if (!Names.Contains(name))
        {
            return new NotFoundResult();
        }

        using var stream = Assembly.GetManifestResourceStream(Prefix + name)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        // The page and its script change with each release; vendored pdf.js only with package.json.
        response.Headers.CacheControl = name.StartsWith("vendor/", StringComparison.Ordinal) ? "public, max-age=86400" : "no-cache";
        return new FileContentResult(bytes, ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream");
    }

    private static FileExtensionContentTypeProvider Types()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".bcmap"] = "application/octet-stream";
        provider.Mappings[".pfb"] = "application/octet-stream";
        return provider;
    }
}
