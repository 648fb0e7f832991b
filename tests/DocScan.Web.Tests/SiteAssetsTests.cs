using System.Net;
using System.Text.RegularExpressions;

namespace DocScan.Web.Tests;

/// <summary>The page works from the host alone: every file it references is served from there, with the content security policy.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class SiteAssetsTests(SiteFixture site)
{
    private static readonly string[] PdfJs =
    [
        "vendor/pdfjs/pdf.min.mjs", "vendor/pdfjs/pdf.worker.min.mjs", "vendor/pdfjs/cmaps/UniCNS-UTF16-H.bcmap",
        "vendor/pdfjs/cmaps/Adobe-CNS1-UCS2.bcmap", "vendor/pdfjs/standard_fonts/FoxitSerif.pfb",
    ];

    [Fact]
    public async Task Root_sends_the_browser_to_the_page()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.BaseUrl };
        using var response = await client.GetAsync("/");

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.MovedPermanently or HttpStatusCode.TemporaryRedirect,
            $"/ answered {response.StatusCode}");
        Assert.EndsWith("/api/reviewer/", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_file_the_page_references_is_served_from_the_host_and_nothing_from_elsewhere()
    {
        var page = new Uri(site.BaseUrl, "api/reviewer/");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<Uri>([page]);
        while (pending.TryDequeue(out var url))
        {
            if (!seen.Add(url.AbsoluteUri))
            {
                continue;
            }

            using var response = await site.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {response.StatusCode}");
            Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            var type = response.Content.Headers.ContentType?.MediaType;
            var text = await response.Content.ReadAsStringAsync();
            var path = url.AbsolutePath;
            if (path.Contains("/vendor/", StringComparison.Ordinal))
            {
                continue;
            }

            Assert.True(type is "text/html" or "text/javascript" or "text/css" or "image/svg+xml", $"{url} is {type}");
            // Our own files: no address elsewhere (an SVG's namespace is a name, not a place), no inline script or
            // style, nothing kept in the browser.
            Assert.DoesNotMatch(ExternalAddress(), text.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal));
            Assert.DoesNotContain("localStorage", text, StringComparison.Ordinal);
            Assert.DoesNotContain("sessionStorage", text, StringComparison.Ordinal);
            if (type == "text/html")
            {
                Assert.DoesNotMatch(InlineStyleOrScript(), text);
                Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)", text);
            }

            var references = type switch
            {
                "text/html" => HtmlReference().Matches(text).Select(m => m.Groups["url"].Value),
                "text/javascript" => ModuleReference().Matches(text).Select(m => m.Groups["url"].Value),
                _ => [],
            };
            // Folders (pdf.js's cmaps/, the API's ../) are bases for other addresses, not files.
            foreach (var reference in references.Where(r => !r.StartsWith('#') && !r.EndsWith('/')))
            {
                pending.Enqueue(new Uri(url, reference));
            }
        }

        // The page's own modules, its style sheet and pdf.js (which it loads on demand) were all reached.
        Assert.Contains(new Uri(page, "app.js").AbsoluteUri, seen);
        Assert.Contains(new Uri(page, "app.css").AbsoluteUri, seen);
        Assert.Contains(new Uri(page, "favicon.svg").AbsoluteUri, seen);
        Assert.Contains(new Uri(page, "pdf-view.js").AbsoluteUri, seen);
        Assert.Contains(new Uri(page, "vendor/pdfjs/pdf.min.mjs").AbsoluteUri, seen);
        Assert.All(seen, u => Assert.StartsWith(site.BaseUrl.GetLeftPart(UriPartial.Authority), u, StringComparison.Ordinal));

        foreach (var file in PdfJs)
        {
            using var response = await site.Http.GetAsync(new Uri(page, file));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file} answered {response.StatusCode}");
        }
    }

    [GeneratedRegex(@"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAddress();

    [GeneratedRegex(@"\sstyle\s*=|<style[\s>]|\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyleOrScript();

    [GeneratedRegex(@"\b(?:src|href)=""(?<url>[^""]+)""")]
    private static partial Regex HtmlReference();

    // import … from './x.js', import('./x.js'), new URL('./x/', import.meta.url) and relative URLs built from one.
    [GeneratedRegex(@"(?:\bfrom\s*|\bimport\s*\(\s*|\bnew URL\(\s*)'(?<url>\.{1,2}/[^']+)'")]
    private static partial Regex ModuleReference();
}
