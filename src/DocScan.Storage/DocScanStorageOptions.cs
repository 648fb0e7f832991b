using DocScan.Core.Policy;

namespace DocScan.Storage;

/// <summary>Settings of the storage services, bound from the <c>DocScan</c> configuration section.</summary>
public sealed class DocScanStorageOptions
{
    public const string SectionName = "DocScan";

    /// <summary>
    /// The connection the triggers and the services share. Its settings are the Functions convention:
    /// <c>DocScanStorage</c> holding a connection string (Azurite), or <c>DocScanStorage__blobServiceUri</c> /
    /// <c>__accountName</c> with an Entra ID credential (Azure).
    /// </summary>
    public const string ConnectionName = "DocScanStorage";

    public ContainerNames Containers { get; set; } = new();

    /// <summary>
    /// Scans a document may start before it is quarantined. Counted when a scan starts, so a document
    /// that crashes the process counts too. Keep it at or below the host's retries (blob trigger
    /// poison threshold, 5) so the last retry still files the quarantine report.
    /// </summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The sweep leaves younger blobs to their trigger, which is most likely scanning them right now.</summary>
    public TimeSpan SweepMinimumAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Documents the sweep scans at once.</summary>
    public int SweepParallelism { get; set; } = 2;

    /// <summary>The agency's rules file (JSON); the shipped defaults when empty.</summary>
    public string? RulesFile { get; set; }
}

/// <summary>The containers the deployment creates (infra/): documents come in, reports and routed copies go out.</summary>
public sealed class ContainerNames
{
    public string Outbound { get; set; } = "outbound";

    public string Reports { get; set; } = "reports";

    public string Released { get; set; } = "released";

    public string Review { get; set; } = "review";

    public string Quarantine { get; set; } = "quarantine";

    /// <summary>The audit log; write-protected in Azure (infra/), append writes only.</summary>
    public string Audit { get; set; } = "audit";

    public IReadOnlyList<string> All => [Outbound, Reports, Released, Review, Quarantine, Audit];

    /// <summary>Where a copy with this verdict goes: only release leaves, block never does, everything else waits for a person.</summary>
    public string For(Verdict verdict) => verdict switch
    {
        Verdict.Release => Released,
        Verdict.Block => Quarantine,
        _ => Review,
    };

    public IEnumerable<string> Routing => [Released, Review, Quarantine];
}
