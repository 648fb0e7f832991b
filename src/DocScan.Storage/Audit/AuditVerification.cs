namespace DocScan.Storage.Audit;

/// <summary>Where the chain breaks: the day's blob, the line in it (from 1) and the entry's sequence number if it could be read.</summary>
public sealed record AuditBreak(string Blob, int Line, long? Sequence, string Message);

/// <summary>The result of checking the whole chain: how many entries were read and every place it breaks.</summary>
public sealed record AuditVerification(int Entries, IReadOnlyList<AuditBreak> Breaks)
{
    public bool IsIntact => Breaks.Count == 0;
}
