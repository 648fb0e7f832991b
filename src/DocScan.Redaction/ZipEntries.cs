using System.IO.Compression;

namespace DocScan.Redaction;

/// <summary>Reading and rewriting zip entries (archives and OOXML packages) for drafts.</summary>
internal static class ZipEntries
{
    /// <summary>The whole entry. The archive was scanned completely before any draft is written, so its sizes are within the limits.</summary>
    public static async Task<byte[]> ReadAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        await using var stream = entry.Open();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        return copy.ToArray();
    }

    /// <summary>Adds an entry with the original's time stamp.</summary>
    public static async Task WriteAsync(ZipArchive target, string name, DateTimeOffset lastWriteTime, byte[] content, CancellationToken cancellationToken)
    {
        var copy = target.CreateEntry(name, CompressionLevel.Optimal);
        copy.LastWriteTime = lastWriteTime;
        await using var stream = copy.Open();
        await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
    }
}
