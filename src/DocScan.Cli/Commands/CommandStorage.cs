using Azure.Storage.Blobs;
using DocScan.Storage;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocScan.Cli.Commands;

/// <summary>The blob client a storage command uses, from its options, else the environment, else Azurite's defaults.</summary>
internal static class CommandStorage
{
    public static BlobServiceClient Connect(StorageSettings settings)
    {
        var name = DocScanStorageOptions.ConnectionName;
        var values = new Dictionary<string, string?>();
        if (settings.Connection is not null)
        {
            values[name] = settings.Connection;
        }
        else if (settings.Account is not null)
        {
            values[$"{name}:accountName"] = settings.Account;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(values).Build();
        if (configuration[name] is null && !configuration.GetSection(name).GetChildren().Any())
        {
            configuration[name] = ServeCommand.DevelopmentStorage;
        }

        var collection = new ServiceCollection();
        collection.AddAzureClientsCore();
        using var services = collection.BuildServiceProvider();
        return StorageConnection.CreateBlobServiceClient(configuration, name, services.GetRequiredService<AzureComponentFactory>(),
            new BlobClientOptions { Retry = { MaxRetries = 1, NetworkTimeout = TimeSpan.FromSeconds(30) } });
    }
}
