using System.Text;
using Azure.Storage.Blobs.Specialized;
using DocScan.Storage.Audit;
using DocScan.Tests.Shared;

namespace DocScan.Cli.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class AuditCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Verify_passes_an_intact_log_and_fails_naming_the_changed_entry()
    {
        var containers = await azurite.CreateContainersAsync();
        var log = new AuditLog(azurite.BlobService(), containers, TimeProvider.System);
        for (var i = 1; i <= 3; i++)
        {
            await log.AppendAsync(new AuditAction("林志明", "reviewer", AuditActions.Reveal, "0123456789abcdef0123456789abcdef", null, $"查證受文者第{i}次"),
                CancellationToken.None);
        }

        var intact = await CliRun.RunAsync("audit", "verify", "--connection", azurite.ConnectionString, "--container", containers.Audit);

        Assert.Equal(0, intact.ExitCode);
        Assert.Contains("3 筆", intact.Out, StringComparison.Ordinal);

        var container = azurite.BlobService().GetBlobContainerClient(containers.Audit);
        var name = await container.GetBlobsAsync().Select(b => b.Name).SingleAsync();
        var blob = container.GetAppendBlobClient(name);
        var text = (await blob.DownloadContentAsync()).Value.Content.ToString();
        await blob.DeleteAsync();
        await blob.CreateAsync();
        await blob.AppendBlockAsync(new MemoryStream(Encoding.UTF8.GetBytes(text.Replace("第2次", "第9次", StringComparison.Ordinal))));

        var tampered = await CliRun.RunAsync("audit", "verify", "--connection", azurite.ConnectionString, "--container", containers.Audit);

        Assert.Equal(1, tampered.ExitCode);
        Assert.Contains("遭竄改", tampered.Out, StringComparison.Ordinal);
        Assert.Contains($"{name} 第 2 行（第 2 筆）", tampered.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_the_period_as_csv()
    {
        var containers = await azurite.CreateContainersAsync();
        var log = new AuditLog(azurite.BlobService(), containers, TimeProvider.System);
        await log.AppendAsync(new AuditAction("林志明", "reviewer", AuditActions.Reject, "0123456789abcdef0123456789abcdef", new string('b', 64),
            "附件含身分證字號，退回承辦人"), CancellationToken.None);
        var folder = Path.Combine(Path.GetTempPath(), "docscan-audit-" + Guid.NewGuid().ToString("N"));
        var csv = Path.Combine(folder, "稽核紀錄.csv");
        Directory.CreateDirectory(folder);
        try
        {
            var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var run = await CliRun.RunAsync("audit", "export", "--connection", azurite.ConnectionString, "--container", containers.Audit,
                "--from", today, "--to", today, "--out", csv);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("1 筆", run.Errors, StringComparison.Ordinal);
            var lines = (await File.ReadAllTextAsync(csv)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.StartsWith("1,", lines[1], StringComparison.Ordinal);
            Assert.Contains(",林志明,reviewer,reject,0123456789abcdef0123456789abcdef,", lines[1], StringComparison.Ordinal);
            Assert.Contains("附件含身分證字號，退回承辦人", lines[1], StringComparison.Ordinal);

            var before = await CliRun.RunAsync("audit", "export", "--connection", azurite.ConnectionString, "--container", containers.Audit,
                "--to", "2020-01-01", "--out", csv);
            Assert.Equal(0, before.ExitCode);
            Assert.Single((await File.ReadAllTextAsync(csv)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("audit", "export")]
    [InlineData("audit", "export", "--out", "x.csv", "--from", "去年")]
    [InlineData("audit", "export", "--out", "x.csv", "--from", "2026-03-02", "--to", "2026-03-01")]
    public async Task Bad_export_options_are_usage_errors(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists("x.csv"));
    }
}
