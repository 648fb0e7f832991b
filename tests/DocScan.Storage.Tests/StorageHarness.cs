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
    private StorageHarness(BlobServiceClient service, DocScanStorageOptions options, IDocumentScanEngine engine)
    {
        Service = service;
        Options = options;
        Engine = engine;
        Scanner = new OutboundScanService(service, options, engine, logger: ScanLog);
    }

    public BlobServiceClient Service { get; }

    public DocScanStorageOptions Options { get; }

    public ContainerNames Containers => Options.Containers;

    public IDocumentScanEngine Engine { get; }

    public ListLogger<OutboundScanService> ScanLog { get; } = new();

    public OutboundScanService Scanner { get; }

    public ReportStore Reports => Scanner.Reports;

    public static async Task<StorageHarness> CreateAsync(AzuriteFixture azurite, IDocumentScanEngine? engine = null, int maxAttempts = 5) =>
        new(azurite.BlobService(), new DocScanStorageOptions
        {
            Containers = await azurite.CreateContainersAsync(),
            MaxAttempts = maxAttempts,
            SweepMinimumAge = TimeSpan.Zero,
        }, engine ?? new DocumentScanEngine(ScanRules.Default));

    public StorageHarness With(IDocumentScanEngine engine) => new(Service, Options, engine);

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
