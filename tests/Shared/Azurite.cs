using System.Diagnostics;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using DocScan.Storage;

namespace DocScan.Tests.Shared;

/// <summary>
/// A real Azurite (pinned in the repository's package.json, installed by <c>npm ci</c>) on free ports,
/// in memory, started for a test class or collection and stopped after it. Storage tests talk to it
/// over HTTP with the Azure SDK, as production code talks to Azure.
/// </summary>
public sealed partial class AzuriteFixture : IAsyncLifetime
{
    // Azurite's well-known development account: public, documented, and accepted by nothing but Azurite.
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? _process;
    private readonly List<string> _output = [];
    private bool _tableListening;

    public int BlobPort { get; private set; }

    public int QueuePort { get; private set; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{Account};QueueEndpoint=http://127.0.0.1:{QueuePort}/{Account}";

    public BlobServiceClient BlobService() => new(ConnectionString);

    /// <summary>The service client with clients for blobs by exact name, as the app builds them from its connection setting.</summary>
    public ExactBlobs Blobs() => StorageConnection.ExactBlobsFor(ConnectionString);

    /// <summary>
    /// Uploads under exactly <paramref name="name"/>, as clients that do not normalise paths do (Python's SDK, the Azure
    /// CLI, curl): this SDK would collapse <c>.</c> and <c>..</c> segments, so the separators are sent escaped.
    /// Returns the name the service stored (a listing's) and its ETag.
    /// </summary>
    public async Task<(string Name, Azure.ETag ETag)> UploadExactAsync(string container, string name, byte[] content)
    {
        var containerClient = BlobService().GetBlobContainerClient(container);
        var address = new Uri($"{containerClient.Uri.AbsoluteUri}/{string.Join("%2F", name.Split('/').Select(Uri.EscapeDataString))}");
        var response = await new BlobClient(address, new Azure.Storage.StorageSharedKeyCredential(Account, Key)).UploadAsync(BinaryData.FromBytes(content));
        await foreach (var item in containerClient.GetBlobsAsync())
        {
            // A listing gives the ETag unquoted, an upload's response quoted.
            if (item.Properties.ETag?.ToString().Trim('"') == response.Value.ETag.ToString().Trim('"'))
            {
                return (item.Name, response.Value.ETag);
            }
        }

        throw new InvalidOperationException("the uploaded blob is not in the listing");
    }

    /// <summary>Containers of their own for one test, named like the deployment's with a random prefix, already created.</summary>
    public async Task<ContainerNames> CreateContainersAsync()
    {
        var prefix = "t" + Guid.NewGuid().ToString("N")[..10];
        var names = new ContainerNames
        {
            Outbound = $"{prefix}-outbound",
            Reports = $"{prefix}-reports",
            Released = $"{prefix}-released",
            Review = $"{prefix}-review",
            Quarantine = $"{prefix}-quarantine",
            Audit = $"{prefix}-audit",
            Rules = $"{prefix}-rules",
        };
        await StorageServiceCollectionExtensions.CreateContainersAsync(BlobService(), names, CancellationToken.None);
        return names;
    }

    public async Task InitializeAsync()
    {
        var azurite = Path.Combine(RepositoryRoot(), "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException($"Azurite is not installed at {azurite}: run `npm ci` in the repository root (test.sh does).");
        }

        var start = new ProcessStartInfo(azurite)
        {
            ArgumentList =
            {
                "--skipApiVersionCheck", "--inMemoryPersistence", "--extentMemoryLimit", "512", "--silent",
                "--blobHost", "127.0.0.1", "--blobPort", "0",
                "--queueHost", "127.0.0.1", "--queuePort", "0",
                "--tableHost", "127.0.0.1", "--tablePort", "0",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data, listening);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data, listening);
        _process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("Azurite exited: " + Output()));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromMinutes(1));
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }

    private void OnLine(string? line, TaskCompletionSource listening)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
            // "Azurite Blob service is successfully listening at http://127.0.0.1:40123"
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                var port = int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (match.Groups["service"].Value == "Blob")
                {
                    BlobPort = port;
                }
                else if (match.Groups["service"].Value == "Queue")
                {
                    QueuePort = port;
                }
                else
                {
                    _tableListening = true;
                }
            }

            if (BlobPort > 0 && QueuePort > 0 && _tableListening)
            {
                listening.TrySetResult();
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return string.Join('\n', _output);
        }
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DocScan.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DocScan.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at http://[^:]+:(?<port>\d+)")]
    private static partial Regex ListeningLine();
}
