using System.Data.Common;
using Azure;
using Azure.Core;
using Azure.Storage;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;

namespace DocScan.Storage;

/// <summary>
/// Builds the blob client of a named connection the way the Functions host reads the same settings, so
/// one set of settings serves the trigger and the services:
/// <list type="bullet">
/// <item><c>NAME</c> = a connection string (Azurite: <c>UseDevelopmentStorage=true</c> or one with its ports);</item>
/// <item><c>NAME__blobServiceUri</c> or <c>NAME__serviceUri</c> or <c>NAME__accountName</c>, with an Entra ID
/// credential (<c>NAME__credential=managedidentity</c> and <c>NAME__clientId</c> for a user-assigned identity; otherwise
/// <see cref="Azure.Identity.DefaultAzureCredential"/>). No key ever needs to be written down.</item>
/// </list>
/// </summary>
public static class StorageConnection
{
    public static BlobServiceClient CreateBlobServiceClient(IConfiguration configuration, string connectionName, AzureComponentFactory credentials,
        BlobClientOptions? options = null) =>
        CreateExactBlobs(configuration, connectionName, credentials, options).Service;

    /// <summary>The connection's service client together with clients for blobs whose names <see cref="Uri"/> would change.</summary>
    public static ExactBlobs CreateExactBlobs(IConfiguration configuration, string connectionName, AzureComponentFactory credentials,
        BlobClientOptions? options = null)
    {
        var section = configuration.GetSection(connectionName);
        options ??= new BlobClientOptions();
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            return ExactBlobsFor(section.Value, options);
        }

        var uri = BlobServiceUri(section)
            ?? throw new InvalidOperationException(
                $"未設定儲存體連線「{connectionName}」：請設定 {connectionName}（連線字串，例如 Azurite 的 UseDevelopmentStorage=true），" +
                $"或 {connectionName}__blobServiceUri／{connectionName}__accountName（以 Entra ID 身分連線）。");
        TokenCredential credential = credentials.CreateTokenCredential(section);
        return new ExactBlobs(new BlobServiceClient(uri, credential, options), blob => new BlobClient(blob, credential, options));
    }

    /// <summary>
    /// For a connection string: the SDK keeps the credential it parses to itself, so the account key or SAS
    /// is read here for the exact-name clients (Azurite's well-known development key for <c>UseDevelopmentStorage=true</c>).
    /// </summary>
    public static ExactBlobs ExactBlobsFor(string connectionString, BlobClientOptions? options = null)
    {
        options ??= new BlobClientOptions();
        var service = new BlobServiceClient(connectionString, options);
        var settings = new DbConnectionStringBuilder { ConnectionString = connectionString };
        string? Setting(string key) => settings.TryGetValue(key, out var value) ? value?.ToString() : null;
        if (Setting("UseDevelopmentStorage") is { } development && bool.TryParse(development, out var isDevelopment) && isDevelopment)
        {
            var key = new StorageSharedKeyCredential(DevelopmentAccount, DevelopmentKey);
            return new ExactBlobs(service, blob => new BlobClient(blob, key, options));
        }

        if (Setting("AccountName") is { } account && Setting("AccountKey") is { } accountKey)
        {
            var key = new StorageSharedKeyCredential(account, accountKey);
            return new ExactBlobs(service, blob => new BlobClient(blob, key, options));
        }

        if (Setting("SharedAccessSignature") is { } sas)
        {
            var signature = new AzureSasCredential(sas);
            return new ExactBlobs(service, blob => new BlobClient(blob, signature, options));
        }

        return new ExactBlobs(service, blob => new BlobClient(blob, options));
    }

    // Azurite's development account: public and documented, accepted by nothing but the emulator.
    private const string DevelopmentAccount = "devstoreaccount1";
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The blob endpoint of an identity-based connection, or null when the section names none.</summary>
    public static Uri? BlobServiceUri(IConfiguration section)
    {
        if (section["blobServiceUri"] is { Length: > 0 } blob)
        {
            return new Uri(blob);
        }

        if (section["serviceUri"] is { Length: > 0 } service)
        {
            return new Uri(service);
        }

        return section["accountName"] is { Length: > 0 } account
            ? new Uri($"https://{account}.blob.core.windows.net/")
            : null;
    }
}
