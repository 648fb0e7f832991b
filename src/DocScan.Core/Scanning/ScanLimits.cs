namespace DocScan.Core.Scanning;

/// <summary>Bounds that keep one hostile document from exhausting time or memory. Exceeding one is a problem, never a crash.</summary>
public sealed record ScanLimits
{
    /// <summary>Largest document accepted, in bytes, before anything is read.</summary>
    public long MaxDocumentBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Total bytes all containers of one document may expand to (zip members, OOXML parts, attachments).</summary>
    public long MaxExpandedBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Largest expansion ratio of one compressed entry; real documents stay far below it, zip bombs far above.</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Most entries in one archive or package.</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>How deep attachments and archives may nest (the document itself is depth 0).</summary>
    public int MaxDepth { get; init; } = 5;

    /// <summary>Most characters of extracted text per document.</summary>
    public long MaxTextChars { get; init; } = 100L * 1024 * 1024;

    /// <summary>Wall-clock bound for one document, attachments included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    public static ScanLimits Default { get; } = new();
}
