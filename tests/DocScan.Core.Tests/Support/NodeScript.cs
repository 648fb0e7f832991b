using System.Diagnostics;

namespace DocScan.Core.Tests.Support;

/// <summary>Runs a Node.js script of the repository with the packages test.sh installed (npm ci at the root).</summary>
public static class NodeScript
{
    /// <param name="script">Relative to the repository root, or a full path.</param>
    public static async Task<string> RunAsync(string script, params string[] args)
    {
        var modules = RepositoryRoot.Combine("node_modules");
        Assert.True(Directory.Exists(modules), $"{modules} is missing: run ./test.sh (it runs npm ci) or npm ci at the repository root.");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(RepositoryRoot.Combine(script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"node {script} failed: {await errors}");
        return await output;
    }
}
