namespace DocScan.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Help_explains_how_to_point_serve_at_azurite()
    {
        var run = await CliRun.RunAsync("serve", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("azurite", run.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("--skipApiVersionCheck", run.Out, StringComparison.Ordinal);
        Assert.Contains("docscan serve --create-containers", run.Out, StringComparison.Ordinal);
        Assert.Contains("UseDevelopmentStorage=true", run.Out, StringComparison.Ordinal);
        Assert.Contains("--connection", run.Out, StringComparison.Ordinal);
        Assert.Contains("--account", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_string_and_account_together_are_a_usage_error()
    {
        var run = await CliRun.RunAsync("serve", "--connection", "UseDevelopmentStorage=true", "--account", "stdocs");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("擇一", run.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_storage_is_reported_without_a_stack_trace()
    {
        // A port nothing listens on: the host cannot create its containers and says so.
        var run = await CliRun.RunAsync("serve", "--create-containers", "--connection",
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("無法啟動", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }
}
