using Azure;
using Azure.Storage.Blobs;
using DocScan.Cli.Serving;
using DocScan.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

/// <summary><c>docscan serve</c>: runs the local host until Ctrl+C.</summary>
public sealed class ServeCommand(CliConsoles consoles) : AsyncCommand<ServeSettings>
{
    /// <summary>Azurite on its default ports.</summary>
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var options = Options(settings);
        ServeHost host;
        try
        {
            host = await ServeHost.StartAsync(options, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException or InvalidOperationException or HttpRequestException)
        {
            consoles.Errors.MarkupLine($"[red]無法啟動：[/]{Markup.Escape(ex.Message.Split('\n')[0])}");
            consoles.Errors.MarkupLine("使用 Azurite 時請先啟動它（見 docscan serve --help），或以 --connection 指定連線字串。");
            return DocScanApp.UsageError;
        }

        await using (host)
        {
            var endpoint = host.Services.GetRequiredService<BlobServiceClient>().Uri;
            var containers = host.Services.GetRequiredService<DocScanStorageOptions>().Containers;
            consoles.Errors.MarkupLine($"DocScan 本機主機已啟動：監看 {Markup.Escape(endpoint.ToString().TrimEnd('/'))}/{containers.Outbound}/，" +
                $"報告寫入 {containers.Reports}/。按 Ctrl+C 停止。");
            await host.WaitForShutdownAsync(cancellationToken);
        }

        return 0;
    }

    private static ServeOptions Options(ServeSettings settings) => new()
    {
        // An environment setting named like the Functions app's (DocScanStorage) wins over the Azurite default.
        ConnectionString = settings.Connection
            ?? (settings.Account is null && Environment.GetEnvironmentVariable(DocScanStorageOptions.ConnectionName) is null
                && Environment.GetEnvironmentVariable(DocScanStorageOptions.ConnectionName + "__accountName") is null
                && Environment.GetEnvironmentVariable(DocScanStorageOptions.ConnectionName + "__blobServiceUri") is null
                ? DevelopmentStorage
                : null),
        AccountName = settings.Account,
        CreateContainers = settings.CreateContainers,
        RulesFile = settings.RulesFile,
        SweepInterval = TimeSpan.FromSeconds(settings.SweepIntervalSeconds),
        SweepMinimumAge = TimeSpan.FromSeconds(settings.SweepMinimumAgeSeconds),
        MaxAttempts = settings.MaxAttempts,
    };
}
