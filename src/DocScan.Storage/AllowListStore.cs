using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DocScan.Core.Rules;

namespace DocScan.Storage;

/// <summary>
/// One value a reviewer judged not to be reported, as the allow-list store keeps it: the digest
/// (<see cref="ScanRules.AllowHash"/>), never the value, with who allowed it, when, why and where it was found.
/// </summary>
public sealed record AllowListEntry(
    string Value,
    string Type,
    string Masked,
    string AddedBy,
    DateTimeOffset AddedAt,
    string Reason,
    string? Document);

/// <summary>The store's entries as last read, with the ETag they were read at (null: no blob yet).</summary>
public sealed record AllowListSnapshot(IReadOnlyList<AllowListEntry> Entries, ETag? ETag)
{
    public static AllowListSnapshot Empty { get; } = new([], null);
}

/// <summary>
/// The allow-list entries reviewers add (<c>allow-list.json</c> in the rules container). Writers read, add and write back
/// only over the version they read (ETag), trying again when another writer came first, so no entry is lost. The blob
/// holds digests, not values; a digest of a short identifier can be reversed by trying every candidate, so the container
/// is as private as the documents.
/// </summary>
public sealed class AllowListStore(BlobServiceClient service, ContainerNames containers)
{
    public const string BlobName = "allow-list.json";

    private const int MaxAttempts = 20;

    private BlobClient Blob => service.GetBlobContainerClient(containers.Rules).GetBlobClient(BlobName);

    public async Task<AllowListSnapshot> ReadAsync(CancellationToken cancellationToken) =>
        await ReadIfChangedAsync(null, cancellationToken).ConfigureAwait(false) ?? AllowListSnapshot.Empty;

    /// <summary>The entries, or null when the blob still has the ETag <paramref name="known"/> (a conditional read: no content then).</summary>
    public async Task<AllowListSnapshot?> ReadIfChangedAsync(ETag? known, CancellationToken cancellationToken)
    {
        try
        {
            var result = await Blob.DownloadContentAsync(
                new BlobDownloadOptions { Conditions = known is { } etag ? new BlobRequestConditions { IfNoneMatch = etag } : null },
                cancellationToken).ConfigureAwait(false);
            if (result.GetRawResponse().Status == 304)
            {
                return null;
            }

            return new AllowListSnapshot(Parse(result.Value.Content), result.Value.Details.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 304)
        {
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return AllowListSnapshot.Empty;
        }
    }

    /// <summary>
    /// Adds an entry unless one with the same digest is there already; returns the store as written (or found) and whether
    /// this call added the entry.
    /// </summary>
    public async Task<(AllowListSnapshot Snapshot, bool Added)> AddAsync(AllowListEntry entry, CancellationToken cancellationToken)
    {
        if (!ScanRules.IsWellFormedAllowHash(entry.Value))
        {
            throw new ArgumentException("An allow-list entry holds the value's digest (ScanRules.AllowHash), never the value.", nameof(entry));
        }

        for (var attempt = 1; ; attempt++)
        {
            var current = await ReadAsync(cancellationToken).ConfigureAwait(false);
            if (current.Entries.Any(e => string.Equals(e.Value, entry.Value, StringComparison.OrdinalIgnoreCase)))
            {
                return (current, false);
            }

            var entries = current.Entries.Append(entry).ToList();
            try
            {
                var written = await Blob.UploadAsync(BinaryData.FromObjectAsJson(new AllowListDocument(entries), SerializerOptions), new BlobUploadOptions
                {
                    // Only over what was read: a blob another writer changed meanwhile, or created, refuses the write.
                    Conditions = current.ETag is { } etag ? new BlobRequestConditions { IfMatch = etag } : new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" },
                }, cancellationToken).ConfigureAwait(false);
                return (new AllowListSnapshot(entries, written.Value.ETag), true);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50 * Math.Min(attempt, 10))), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static List<AllowListEntry> Parse(BinaryData content)
    {
        try
        {
            return content.ToObjectFromJson<AllowListDocument>(SerializerOptions)?.Entries?.ToList() ?? [];
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"允許清單 {BlobName} 格式錯誤：{ex.Message}", ex);
        }
    }

    private sealed record AllowListDocument(IReadOnlyList<AllowListEntry> Entries)
    {
        public int SchemaVersion { get; init; } = 1;
    }

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
