namespace DocScan.Cli.Serving;

/// <summary>How <c>docscan serve</c> reaches storage and how often it sweeps.</summary>
public sealed record ServeOptions
{
    /// <summary>A connection string: Azurite (<c>UseDevelopmentStorage=true</c>, or one with its ports) or an account's own.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>An account reached with the signed-in Entra ID identity (DefaultAzureCredential) instead of a connection string.</summary>
    public string? AccountName { get; init; }

    /// <summary>Create the containers first. Only for Azurite or a developer's own account; the Azure deployment creates them.</summary>
    public bool CreateContainers { get; init; }

    public string? RulesFile { get; init; }

    /// <summary>
    /// How often to catch up on documents without a report or judged by older rules; zero turns the sweep off. Often, because
    /// the WebJobs polling trigger skips some blobs written in the same instant as others when the account has no analytics
    /// logs (Azurite never has; Azure/azure-sdk-for-net#51030): the sweep is what gives those a report within minutes.
    /// </summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The sweep leaves younger blobs to the trigger.</summary>
    public TimeSpan SweepMinimumAge { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Where the reviewer page and the HTTP API listen (Kestrel URLs, <c>;</c>-separated); null serves no HTTP.</summary>
    public string? Urls { get; init; }

    /// <summary>The local users who may sign in to the page (<c>docscan users add</c> writes it).</summary>
    public string? UsersFile { get; init; }

    /// <summary>Scans a document may start before it is quarantined.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>
    /// The settings the host reads, named as in the Functions app: the <c>DocScanStorage</c> connection
    /// for the documents, <c>AzureWebJobsStorage</c> for the host's own state (receipts, its queue),
    /// here the same account. Settings not given here come from the environment, under the same names.
    /// </summary>
    public IReadOnlyDictionary<string, string?> ToSettings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["DocScan:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DocScan:SweepMinimumAge"] = SweepMinimumAge.ToString("c"),
        };
        if (RulesFile is not null)
        {
            settings["DocScan:RulesFile"] = Path.GetFullPath(RulesFile);
        }

        foreach (var connection in new[] { Storage.DocScanStorageOptions.ConnectionName, "AzureWebJobsStorage" })
        {
            if (ConnectionString is not null)
            {
                settings[connection] = ConnectionString;
            }
            else if (AccountName is not null)
            {
                settings[$"{connection}:accountName"] = AccountName;
            }
        }

        return settings;
    }
}
