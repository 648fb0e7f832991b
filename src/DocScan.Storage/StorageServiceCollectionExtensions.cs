using Azure.Storage.Blobs;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace DocScan.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The storage services on the <c>DocScanStorage</c> connection with the <c>DocScan</c> settings; the
    /// Functions app and <c>docscan serve</c> both call this, so they run the same code on the same settings.
    /// </summary>
    /// <param name="rules">The agency's rules file, loaded by the host at start-up (<see cref="LoadRulesAsync"/>).</param>
    public static IServiceCollection AddDocScanStorage(this IServiceCollection services, IConfiguration configuration, ScanRules rules)
    {
        var options = configuration.GetSection(DocScanStorageOptions.SectionName).Get<DocScanStorageOptions>() ?? new DocScanStorageOptions();
        services.AddAzureClientsCore();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(options);
        services.TryAddSingleton(provider => StorageConnection.CreateExactBlobs(
            configuration, DocScanStorageOptions.ConnectionName, provider.GetRequiredService<AzureComponentFactory>()));
        services.TryAddSingleton(provider => provider.GetRequiredService<ExactBlobs>().Service);
        services.TryAddSingleton(provider => new AllowListStore(provider.GetRequiredService<BlobServiceClient>(), options.Containers));
        services.TryAddSingleton(provider => new AgencyRulesProvider(rules, provider.GetRequiredService<AllowListStore>(),
            provider.GetRequiredService<TimeProvider>(), options.AllowListRefresh));
        services.TryAddSingleton<IDocumentScanEngine>(provider => new DocumentScanEngine(
            provider.GetRequiredService<AgencyRulesProvider>(), provider.GetService<ILogger<DocumentScanner>>()));
        services.TryAddSingleton<OutboundScanService>();
        services.TryAddSingleton<OutboundSweeper>();
        services.TryAddSingleton<UploadService>();
        services.TryAddSingleton(provider => new Audit.AuditLog(
            provider.GetRequiredService<BlobServiceClient>(), options.Containers, provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new Review.PendingDocuments(provider.GetRequiredService<BlobServiceClient>(), options));
        services.TryAddSingleton<Review.ReviewQueue>();
        services.TryAddSingleton<Review.ReviewDecisions>();
        services.TryAddSingleton<Review.FindingActions>();
        return services;
    }

    /// <summary>For Azurite and a developer's own account only: the deployment creates the containers, and the app's role cannot.</summary>
    public static async Task CreateContainersAsync(BlobServiceClient service, ContainerNames containers, CancellationToken cancellationToken)
    {
        foreach (var name in containers.All)
        {
            await service.GetBlobContainerClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The rules file the <c>DocScan:RulesFile</c> setting names; the shipped rules when it names none.</summary>
    public static async Task<ScanRules> LoadRulesAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var path = configuration.GetSection(DocScanStorageOptions.SectionName)[nameof(DocScanStorageOptions.RulesFile)];
        return string.IsNullOrWhiteSpace(path) ? ScanRules.Default : await ScanRules.LoadAsync(path, cancellationToken).ConfigureAwait(false);
    }
}
