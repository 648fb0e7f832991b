using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DocScan.Core.Rules;
using DocScan.Core.Tests.Support;
using DocScan.Storage;
using DocScan.Tests.Shared;

namespace DocScan.Storage.Tests;

/// <summary>The storage services of one test, on containers of its own in the shared Azurite.</summary>
internal sealed class StorageHarness
{
    private StorageHarness(ExactBlobs blobs, DocScanStorageOptions options, AgencyRulesProvider rules, IDocumentScanEngine engine)
    {
        Blobs = blobs;
        Service = blobs.Service;
        Options = options;
        Rules = rules;
        Engine = engine;
        Scanner = new OutboundScanService(blobs, options, engine, TimeProvider.System, ScanLog);
    }

    public ExactBlobs Blobs { get; }

    public BlobServiceClient Service { get; }

    public DocScanStorageOptions Options { get; }

    public ContainerNames Containers => Options.Containers;

    /// <summary>The rules the default engine scans with: the given file rules plus the test's allow-list store.</summary>
    public AgencyRulesProvider Rules { get; }

    public IDocumentScanEngine Engine { get; }

    public ListLogger<OutboundScanService> ScanLog { get; } = new();

    public OutboundScanService Scanner { get; }

    public ReportStore Reports => Scanner.Reports;

    public static async Task<StorageHarness> CreateAsync(AzuriteFixture azurite, IDocumentScanEngine? engine = null, int maxAttempts = 5,
        ScanRules? rules = null)
    {
        var blobs = azurite.Blobs();
        var service = blobs.Service;
        var options = new DocScanStorageOptions
        {
            Containers = await azurite.CreateContainersAsync(),
            MaxAttempts = maxAttempts,
            SweepMinimumAge = TimeSpan.Zero,
        };
        var provider = new AgencyRulesProvider(rules ?? ScanRules.Default, new AllowListStore(service, options.Containers), TimeProvider.System);
        return new(blobs, options, provider, engine ?? new DocumentScanEngine(provider));
    }

    public StorageHarness With(IDocumentScanEngine engine) => new(Blobs, Options, Rules, engine);

    public BlobContainerClient Container(string name) => Service.GetBlobContainerClient(name);

    public async Task<ETag> UploadAsync(string name, byte[] content, IDictionary<string, string>? metadata = null)
    {
        var response = await Container(Containers.Outbound).GetBlobClient(name)
            .UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions { Metadata = metadata });
        return response.Value.ETag;
    }

    public async Task<ScanOutcome> UploadAndScanAsync(string name, byte[] content)
    {
        await UploadAsync(name, content);
        return await Scanner.ScanAsync(Containers.Outbound, name, CancellationToken.None);
    }

    public Task<List<string>> ListAsync(string container) => Container(container).CopyNamesAsync();

    /// <summary>Every blob in the container, drafts included.</summary>
    public Task<List<string>> ListAllAsync(string container) => Container(container).NamesAsync();

    /// <summary>The JSON reports, one per finished document.</summary>
    public async Task<List<string>> ReportIdsAsync() =>
        (await ListAsync(Containers.Reports)).Where(n => n.EndsWith(".json", StringComparison.Ordinal) && n.Length == DocumentIds.Length + 5)
            .Select(n => n[..DocumentIds.Length]).ToList();

    public async Task<StoredReport> ReportAsync(string id) =>
        await Reports.ReadAsync(id, CancellationToken.None) ?? throw new Xunit.Sdk.XunitException($"no report {id}");

    public async Task<string> TextAsync(string container, string name) =>
        (await Container(container).GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString();

    public async Task<IDictionary<string, string>> TagsAsync(string route) =>
        (await Blob(route).GetTagsAsync()).Value.Tags;

    public BlobClient Blob(string route)
    {
        var slash = route.IndexOf('/');
        return Container(route[..slash]).GetBlobClient(route[(slash + 1)..]);
    }
}
