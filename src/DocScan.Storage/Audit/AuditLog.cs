using System.Globalization;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace DocScan.Storage.Audit;

/// <summary>
/// The append-only audit log: one append blob per UTC day (<c>audit/yyyy/MM/dd.jsonl</c>), one JSON line per
/// entry, each entry chained to the one before it (across days too) by hash. In Azure the container is
/// write-protected (infra/: time-based retention with protected append writes), so entries can be added
/// but not changed or deleted; the chain makes any change made anyway visible to <see cref="VerifyAsync"/>.
/// </summary>
public sealed class AuditLog(BlobServiceClient service, ContainerNames containers, TimeProvider time)
{
    private const string Suffix = ".jsonl";
    private const int MaxRaces = 20;

    private BlobContainerClient Container => service.GetBlobContainerClient(containers.Audit);

    /// <summary>Appends one entry after the last one; concurrent writers each get their own place in the chain.</summary>
    public async Task<AuditEntry> AppendAsync(AuditAction action, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action.User);
        ArgumentException.ThrowIfNullOrWhiteSpace(action.Action);
        for (var race = 0; ; race++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = time.GetUtcNow();
            var blob = Container.GetAppendBlobClient(DayName(now));
            var (entries, length) = await ReadDayAsync(blob, cancellationToken).ConfigureAwait(false);
            AuditEntry? last;
            if (length is null)
            {
                last = await LastEntryBeforeAsync(blob.Name, cancellationToken).ConfigureAwait(false);
                await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                length = 0;
            }
            else
            {
                last = entries.Count > 0 ? entries[^1] : await LastEntryBeforeAsync(blob.Name, cancellationToken).ConfigureAwait(false);
            }

            var entry = AuditEntry.Create((last?.Sequence ?? 0) + 1, now, action, last?.Hash ?? AuditEntry.Genesis);
            try
            {
                using var line = new MemoryStream(Encoding.UTF8.GetBytes(AuditLine.Write(entry)));
                // Only where the blob ended when we read it: another writer in between makes this fail, and we chain after it.
                await blob.AppendBlockAsync(line, new AppendBlobAppendBlockOptions
                {
                    Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = length },
                }, cancellationToken).ConfigureAwait(false);
                return entry;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && race < MaxRaces)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 50)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Every entry from <paramref name="from"/> up to, not including, <paramref name="to"/>, oldest first.</summary>
    public async IAsyncEnumerable<AuditEntry> ReadAsync(DateTimeOffset? from, DateTimeOffset? to,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var name in await DayNamesAsync(cancellationToken).ConfigureAwait(false))
        {
            // Day blobs wholly outside the range are not read.
            if (from is { } start && string.CompareOrdinal(name, DayName(start)) < 0
                || to is { } end && string.CompareOrdinal(name, DayName(end)) > 0)
            {
                continue;
            }

            var (lines, _) = await ReadLinesAsync(Container.GetAppendBlobClient(name), cancellationToken).ConfigureAwait(false);
            foreach (var line in lines)
            {
                if (AuditLine.TryRead(line) is { } entry && (from is null || entry.Time >= from) && (to is null || entry.Time < to))
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>Reads the whole log and checks every entry's sequence, link to the previous entry and own hash.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var breaks = new List<AuditBreak>();
        var count = 0;
        var expectedSequence = 1L;
        var previousHash = AuditEntry.Genesis;
        foreach (var name in await DayNamesAsync(cancellationToken).ConfigureAwait(false))
        {
            var (lines, _) = await ReadLinesAsync(Container.GetAppendBlobClient(name), cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < lines.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                count++;
                if (AuditLine.TryRead(lines[i]) is not { } entry)
                {
                    breaks.Add(new AuditBreak(name, i + 1, null, "無法解讀此筆紀錄（格式已損毀或遭修改）。"));
                    continue;
                }

                if (entry.Hash != entry.ComputeHash())
                {
                    breaks.Add(new AuditBreak(name, i + 1, entry.Sequence, "此筆紀錄的內容與其雜湊值不符：紀錄已遭修改。"));
                }
                else if (entry.PreviousHash != previousHash)
                {
                    breaks.Add(new AuditBreak(name, i + 1, entry.Sequence, "此筆紀錄記載的前一筆雜湊值與實際前一筆不符：前一筆已遭修改、刪除或插入紀錄。"));
                }
                else if (entry.Sequence != expectedSequence)
                {
                    breaks.Add(new AuditBreak(name, i + 1, entry.Sequence, $"序號不連續：應為 {expectedSequence}。"));
                }

                // Go on from what is there, so one changed entry is named once and the rest are still checked.
                previousHash = entry.Hash;
                expectedSequence = entry.Sequence + 1;
            }
        }

        return new AuditVerification(count, breaks);
    }

    public static string DayName(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture) + Suffix;

    private async Task<List<string>> DayNamesAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var item in Container.GetBlobsAsync(new GetBlobsOptions(), cancellationToken).ConfigureAwait(false))
        {
            if (item.Name.EndsWith(Suffix, StringComparison.Ordinal))
            {
                names.Add(item.Name);
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    private async Task<AuditEntry?> LastEntryBeforeAsync(string dayName, CancellationToken cancellationToken)
    {
        var earlier = (await DayNamesAsync(cancellationToken).ConfigureAwait(false))
            .Where(n => string.CompareOrdinal(n, dayName) < 0).ToList();
        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            var (entries, _) = await ReadDayAsync(Container.GetAppendBlobClient(earlier[i]), cancellationToken).ConfigureAwait(false);
            if (entries.Count > 0)
            {
                return entries[^1];
            }
        }

        return null;
    }

    private static async Task<(List<AuditEntry> Entries, long? Length)> ReadDayAsync(AppendBlobClient blob, CancellationToken cancellationToken)
    {
        var (lines, length) = await ReadLinesAsync(blob, cancellationToken).ConfigureAwait(false);
        var entries = new List<AuditEntry>(lines.Count);
        foreach (var line in lines)
        {
            entries.Add(AuditLine.TryRead(line)
                ?? throw new InvalidOperationException($"稽核紀錄 {blob.Name} 已損毀，無法接續寫入；請執行 docscan audit verify。"));
        }

        return (entries, length);
    }

    /// <summary>The blob's lines and its length in bytes (where the next append goes), or no length when it does not exist.</summary>
    private static async Task<(List<string> Lines, long? Length)> ReadLinesAsync(BlobBaseClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var content = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
            var bytes = content.Content.ToMemory();
            var lines = Encoding.UTF8.GetString(bytes.Span).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
            return (lines, bytes.Length);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return ([], null);
        }
    }
}
