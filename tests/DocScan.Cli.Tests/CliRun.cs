using System.Text;
using DocScan.Cli;

namespace DocScan.Cli.Tests;

/// <summary>Runs <c>docscan</c> in-process with captured output, as a user's shell would see it (not a terminal).</summary>
public sealed record CliRun(int ExitCode, string Out, string Errors)
{
    public string All => Out + Errors;

    public static Task<CliRun> RunAsync(params string[] args) => RunWithInputAsync("", args);

    public static async Task<CliRun> RunWithInputAsync(string stdin, params string[] args)
    {
        var stdout = new StringWriter(new StringBuilder());
        var stderr = new StringWriter(new StringBuilder());
        var code = await DocScanApp.RunAsync(args, stdout, stderr, CancellationToken.None, new StringReader(stdin));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A scratch folder of documents for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "docscan-cli-" + Guid.NewGuid().ToString("N"));

    public string Write(string relative, string content, Encoding? encoding = null)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, encoding ?? new UTF8Encoding(false));
        return full;
    }

    public string Write(string relative, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
