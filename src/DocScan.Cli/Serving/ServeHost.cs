using Azure;
using Azure.Storage.Blobs;
using DocScan.Storage;
using DocScan.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Azure;
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

    /// <summary>Where the page and the API listen, as bound (a port 0 in the options becomes the real port); empty without HTTP.</summary>
    public IReadOnlyList<string> Urls =>
        _host.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    /// <param name="configureServices">Runs before the DocScan services are added; what it registers wins (tests swap the scan engine).</param>
    /// <param name="configureLogging">Adds log providers; the category filters below apply to them too.</param>
    public static async Task<ServeHost> StartAsync(ServeOptions options, Action<IServiceCollection>? configureServices = null,
        Action<ILoggingBuilder>? configureLogging = null, CancellationToken cancellationToken = default)
    {
        var users = options.UsersFile is null ? LocalUsers.None : await LocalUsers.LoadAsync(options.UsersFile, cancellationToken).ConfigureAwait(false);
        var settings = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(options.ToSettings()).Build();
        var rules = await StorageServiceCollectionExtensions.LoadRulesAsync(settings, cancellationToken).ConfigureAwait(false);
        var builder = new HostBuilder()
            .ConfigureAppConfiguration(config => config.AddConfiguration(settings))
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
                // Session keys live in the user's profile, readable only by that user; the warning that they are not encrypted
                // further would only alarm the records staff who start this.
                logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
                configureLogging?.Invoke(logging);
            })
            .ConfigureWebJobs(webJobs => webJobs.AddAzureStorageBlobs(blobs => blobs.PoisonBlobThreshold = Math.Max(options.MaxAttempts, 1)))
            .ConfigureServices((context, services) =>
            {
                configureServices?.Invoke(services);
                services.AddSingleton(options);
                services.AddDocScanWeb(context.Configuration, rules);
                services.AddSingleton<ITypeLocator>(new TriggerTypes());
                services.AddHostedService<SweepLoop>();
            })
            .UseConsoleLifetime();
        if (options.Urls is { } urls)
        {
            builder.ConfigureWebHost(web => web
                .UseKestrel()
                .UseUrls(urls)
                .ConfigureServices(services => ReviewSite.ConfigureServices(services, users))
                .Configure(ReviewSite.Configure));
        }

        var host = builder.Build();
        try
        {
            var containers = host.Services.GetRequiredService<DocScanStorageOptions>().Containers;
            await PreflightAsync(host.Services, containers.Outbound, options.CreateContainers, cancellationToken).ConfigureAwait(false);
            if (options.CreateContainers)
            {
                await StorageServiceCollectionExtensions.CreateContainersAsync(
                    host.Services.GetRequiredService<BlobServiceClient>(), containers, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// One request without retries before anything starts: a wrong port or a stopped Azurite is said at
    /// once instead of after the SDK's retries, and a missing container is named.
    /// </summary>
    private static async Task PreflightAsync(IServiceProvider services, string outbound, bool creating, CancellationToken cancellationToken)
    {
        var probe = StorageConnection.CreateBlobServiceClient(services.GetRequiredService<IConfiguration>(), DocScanStorageOptions.ConnectionName,
            services.GetRequiredService<AzureComponentFactory>(),
            new BlobClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(15) } });
        bool exists;
        try
        {
            exists = await probe.GetBlobContainerClient(outbound).ExistsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            throw new InvalidOperationException($"連不上儲存體 {probe.Uri}（{(ex.Status == 0 ? ex.InnerException?.Message ?? ex.Message : ex.ErrorCode)}）。", ex);
        }

        if (!exists && !creating)
        {
            throw new InvalidOperationException($"儲存體 {probe.Uri} 沒有 {outbound} 容器。Azurite 或測試帳戶請加 --create-containers；Azure 的容器由 infra/ 部署建立。");
        }
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
