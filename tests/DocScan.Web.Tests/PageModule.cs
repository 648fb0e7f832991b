using DocScan.Core.Tests.Support;

namespace DocScan.Web.Tests;

/// <summary>
/// Runs the reviewer page's own modules (wwwroot/*.js) in Node, outside a browser: the files are copied
/// beside a package.json that marks them as ES modules, which the page's folder does not need to say.
/// </summary>
public static class PageModule
{
    private static readonly string Root = RepositoryRoot.Combine("src", "DocScan.Web", "wwwroot");

    /// <summary>Runs <paramref name="script"/> (an ES module that may import <paramref name="modules"/> as <c>./name.js</c>) and returns what it prints.</summary>
    public static async Task<string> RunAsync(string script, IEnumerable<string> modules, params string[] args)
    {
        var folder = Directory.CreateTempSubdirectory("docscan-page-");
        try
        {
            foreach (var module in modules)
            {
                File.Copy(Path.Combine(Root, module), Path.Combine(folder.FullName, module));
            }

            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "package.json"), """{ "type": "module" }""");
            var file = Path.Combine(folder.FullName, "script.js");
            await File.WriteAllTextAsync(file, script);
            return await NodeScript.RunAsync(file, args);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
