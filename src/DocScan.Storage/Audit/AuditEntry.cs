using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DocScan.Storage.Audit;

/// <summary>What a person did (or looked at) and why: the fields an auditor reads, before they are chained.</summary>
public sealed record AuditAction(string User, string Role, string Action, string DocumentId, string? DocumentSha256, string? Reason);

/// <summary>
/// One line of the audit log. <see cref="Hash"/> covers every other field, <see cref="PreviousHash"/>
/// included, so changing, removing or reordering any entry breaks the chain at that entry or the next.
/// </summary>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset Time,
    string User,
    string Role,
    string Action,
    string DocumentId,
    string? DocumentSha256,
    string? Reason,
    string PreviousHash,
    string Hash)
{
    /// <summary>The previous hash of the very first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    public static AuditEntry Create(long sequence, DateTimeOffset time, AuditAction action, string previousHash)
    {
        var entry = new AuditEntry(sequence, Truncate(time), action.User, action.Role, action.Action, action.DocumentId,
            action.DocumentSha256, action.Reason, previousHash, "");
        return entry with { Hash = entry.ComputeHash() };
    }

    /// <summary>UTC with seven fractional digits: the exact text that was hashed, so it reads back to the same hash.</summary>
    public string TimeText => Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public string ComputeHash()
    {
        // A JSON array of the fields: unambiguous (no separator can be smuggled into a reason) and stable.
        var canonical = JsonSerializer.Serialize(new[]
        {
            "docscan-audit-v1", Sequence.ToString(CultureInfo.InvariantCulture), TimeText, User, Role, Action, DocumentId,
            DocumentSha256, Reason, PreviousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static DateTimeOffset Truncate(DateTimeOffset time) => new(time.UtcTicks, TimeSpan.Zero);
}
