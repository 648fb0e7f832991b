using System.Diagnostics;
using Azure;
using Azure.Storage.Blobs;
using DocScan.Cli.Serving;
using DocScan.Storage;
using DocScan.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace DocScan.EndToEnd.Tests;

/// <summary>
/// One test's world: an Azurite of its own (the trigger watches the deployment's container names, so
/// tests cannot share one) with <c>docscan serve</c>'s host running in-process against it.
/// </summary>
public sealed class ServedStorage : IAsyncDisposable
{
    private readonly AzuriteFixture _azurite;
    private ServeHost _host;

    private ServedStorage(AzuriteFixture azurite, ServeHost host, CapturedLogs logs)
    {
        _azurite = azurite;
        _host = host;
        Logs = logs;
    }

    public CapturedLogs Logs { get; }

    /// <summary>Where the host's page and API listen, when the options asked for HTTP.</summary>
    public Uri BaseAddress => new(_host.Urls[0]);

    public BlobServiceClient Service => _azurite.BlobService();

    public ContainerNames Containers { get; } = new();

    /// <param name="options">Sweep off unless given: the trigger alone must do the work.</param>
    public static async Task<ServedStorage> StartAsync(ServeOptions? options = null, IDocumentScanEngine? engine = null)
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        var logs = new CapturedLogs();
        try
        {
            return new ServedStorage(azurite, await StartHostAsync(azurite, logs, options, engine), logs);
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the host and starts a new one on the same storage, as after an upgrade or an outage.</summary>
    public async Task RestartHostAsync(ServeOptions options)
    {
        await _host.DisposeAsync();
        _host = await StartHostAsync(_azurite, Logs, options, null);
    }

    private static Task<ServeHost> StartHostAsync(AzuriteFixture azurite, CapturedLogs logs, ServeOptions? options, IDocumentScanEngine? engine) =>
        ServeHost.StartAsync(
            (options ?? new ServeOptions { SweepInterval = TimeSpan.Zero }) with { ConnectionString = azurite.ConnectionString, CreateContainers = true },
            services =>
            {
                if (engine is not null)
                {
                    services.AddSingleton(engine);
                }
            },
            logging =>
            {
                // The test output gets what matters (timings, and the log tail when a wait runs out), not every line.
                logging.ClearProviders();
                logging.AddProvider(logs);
            });

    public async Task<(string Id, string Name)> UploadAsync(string name, byte[] content)
    {
        var response = await Service.GetBlobContainerClient(Containers.Outbound).GetBlobClient(name).UploadAsync(BinaryData.FromBytes(content), overwrite: true);
        return (DocumentIds.For(Containers.Outbound, name, response.Value.ETag), name);
    }

    /// <summary>Uploads under exactly <paramref name="name"/>, dot segments and all, as clients that keep names as given do.</summary>
    public async Task<(string Id, string Name)> UploadExactAsync(string name, byte[] content)
    {
        var (stored, etag) = await _azurite.UploadExactAsync(Containers.Outbound, name, content);
        return (DocumentIds.For(Containers.Outbound, stored, etag), stored);
    }

    public async Task<HashSet<string>> ReportIdsAsync()
    {
        var ids = new HashSet<string>();
        await foreach (var blob in Service.GetBlobContainerClient(Containers.Reports).GetBlobsAsync())
        {
            if (blob.Name.Length == DocumentIds.Length + 5 && blob.Name.EndsWith(".json", StringComparison.Ordinal))
            {
                ids.Add(blob.Name[..DocumentIds.Length]);
            }
        }

        return ids;
    }

    public Task<List<string>> ListAsync(string container) => Service.GetBlobContainerClient(container).CopyNamesAsync();

    public async Task<StoredReport?> ReportAsync(string id) =>
        await new ReportStore(Service, Containers).ReadAsync(id, CancellationToken.None);

    /// <summary>
    /// Waits until the reports of all <paramref name="ids"/> are there. The limit only keeps a broken
    /// build from hanging the suite; the time it took is written to the test output, not asserted.
    /// </summary>
    public async Task WaitForReportsAsync(IReadOnlyCollection<string> ids, ITestOutputHelper output, TimeSpan? limit = null)
    {
        var started = Stopwatch.StartNew();
        var deadline = limit ?? TimeSpan.FromMinutes(3);
        while (true)
        {
            var done = await ReportIdsAsync();
            var missing = ids.Count(id => !done.Contains(id));
            if (missing == 0)
            {
                output.WriteLine($"{ids.Count} report(s) after {started.Elapsed.TotalSeconds:F1} s");
                return;
            }

            if (started.Elapsed > deadline)
            {
                throw new Xunit.Sdk.XunitException($"{missing} of {ids.Count} reports still missing after {deadline}:\n" + string.Join("\n", Logs.Lines.TakeLast(40)));
            }

            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
