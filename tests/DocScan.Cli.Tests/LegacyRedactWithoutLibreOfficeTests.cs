using System.Diagnostics;
using System.Text.Json;

namespace DocScan.Cli.Tests;

/// <summary>
/// <c>docscan redact</c> on a .doc where LibreOffice is not installed: docscan runs as its own process with
/// a PATH that holds no <c>soffice</c>, offers no draft, says why, and the verdict stays what the scan found.
/// </summary>
public sealed class LegacyRedactWithoutLibreOfficeTests
{
    [Fact]
    public async Task Legacy_file_gets_no_draft_and_a_clear_message_when_libreoffice_is_missing()
    {
        using var folder = new TempFolder();
        var doc = folder.Write("陳情案處理簽.doc", await File.ReadAllBytesAsync(Fixture("陳情案處理簽.doc")));
        var output = Path.Combine(folder.Path, "drafts");
        var emptyPath = Directory.CreateDirectory(Path.Combine(folder.Path, "bin")).FullName;

        var (code, stdout) = await RunDocScanAsync(emptyPath, "redact", doc, "--out", output);

        Assert.Equal(1, code);
        Assert.Contains("未安裝 LibreOffice", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("F128037449", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "release")));
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "陳情案處理簽.doc.draft.json")));
        Assert.Equal("review", summary.RootElement.GetProperty("status").GetString());
        Assert.Equal("redact", summary.RootElement.GetProperty("verdict").GetString());
    }

    private static string Fixture(string name)
    {
        var folder = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(folder, "sample-docs")))
        {
            folder = Path.GetDirectoryName(folder) ?? throw new DirectoryNotFoundException("repository root");
        }

        return Path.Combine(folder, "tests", "DocScan.Core.Tests", "Fixtures", "legacy", name);
    }

    private static async Task<(int Code, string Out)> RunDocScanAsync(string path, params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "/usr/share/dotnet/dotnet";
        var start = new ProcessStartInfo(dotnet, [Path.Combine(AppContext.BaseDirectory, "docscan.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = path;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        await stderr;
        return (process.ExitCode, await stdout);
    }
}
