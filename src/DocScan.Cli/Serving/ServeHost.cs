using Azure.Storage.Blobs;
using DocScan.Storage;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocScan.Cli.Serving;

/// <summary>
/// The local host: the Azure WebJobs SDK (the engine under the Functions host, with its blob receipts,
/// retries and poison threshold) runs the same blob trigger against Azurite or a real account and calls
/// the same services as the Functions app, plus the sweep on a timer.
/// </summary>
public sealed class ServeHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ServeHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <param name="configureServices">Runs before the DocScan services are added; what it registers wins (tests swap the scan engine).</param>
    /// <param name="configureLogging">Adds log providers; the category filters below apply to them too.</param>
    public static async Task<ServeHost> StartAsync(ServeOptions options, Action<IServiceCollection>? configureServices = null,
        Action<ILoggingBuilder>? configureLogging = null, CancellationToken cancellationToken = default)
    {
        var builder = new HostBuilder()
            .ConfigureAppConfiguration(config => config
                .AddEnvironmentVariables()
                .AddInMemoryCollection(options.ToSettings()))
            .ConfigureLogging(logging =>
            {
                logging.AddSimpleConsole(console =>
                {
                    console.SingleLine = true;
                    console.TimestampFormat = "HH:mm:ss ";
                });
                // The host's own lines name blobs by their path, and a file name can be personal data:
                // only warnings from the host, everything from DocScan (which names documents by id).
                logging.SetMinimumLevel(LogLevel.Warning);
                logging.AddFilter("DocScan", LogLevel.Information);
                // The SDK reports every 404 it expects (a queue not made yet, a report not written yet) as a warning.
                logging.AddFilter("Azure", LogLevel.Error);
                configureLogging?.Invoke(logging);
            })
            .ConfigureWebJobs(webJobs => webJobs.AddAzureStorageBlobs(blobs => blobs.PoisonBlobThreshold = Math.Max(options.MaxAttempts, 1)))
            .ConfigureServices((context, services) =>
            {
                configureServices?.Invoke(services);
                services.AddSingleton(options);
                services.AddDocScanStorage(context.Configuration);
                services.AddSingleton<ITypeLocator>(new TriggerTypes());
                services.AddHostedService<SweepLoop>();
            })
            .UseConsoleLifetime();

        var host = builder.Build();
        try
        {
            if (options.CreateContainers)
            {
                await StorageServiceCollectionExtensions.CreateContainersAsync(
                    host.Services.GetRequiredService<BlobServiceClient>(),
                    host.Services.GetRequiredService<DocScanStorageOptions>().Containers, cancellationToken).ConfigureAwait(false);
            }

            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new ServeHost(host);
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _host.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        finally
        {
            _host.Dispose();
        }
    }

    /// <summary>The functions are in this assembly, not the entry assembly (a test runner, when tests host it).</summary>
    private sealed class TriggerTypes : ITypeLocator
    {
        public IReadOnlyList<Type> GetTypes() => [typeof(OutboundTrigger)];
    }
}
