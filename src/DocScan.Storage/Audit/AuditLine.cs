using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocScan.Storage.Audit;

/// <summary>An audit entry as one line of JSON in the day's append blob.</summary>
internal static class AuditLine
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Readable Chinese in the stored log; control characters (a newline in a reason) stay escaped, one entry one line.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write(AuditEntry entry) => JsonSerializer.Serialize(new Line
    {
        Seq = entry.Sequence,
        Time = entry.TimeText,
        User = entry.User,
        Role = entry.Role,
        Action = entry.Action,
        Document = entry.DocumentId,
        Sha256 = entry.DocumentSha256,
        Reason = entry.Reason,
        Prev = entry.PreviousHash,
        Hash = entry.Hash,
    }, Options) + "\n";

    /// <summary>The entry on a line, or null when the line is not one (damaged or edited by hand).</summary>
    public static AuditEntry? TryRead(string line)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize<Line>(line, Options);
            if (parsed is not { User: not null, Role: not null, Action: not null, Document: not null, Prev: not null, Hash: not null, Time: not null }
                || !DateTimeOffset.TryParseExact(parsed.Time, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            {
                return null;
            }

            return new AuditEntry(parsed.Seq, time, parsed.User, parsed.Role, parsed.Action, parsed.Document, parsed.Sha256, parsed.Reason,
                parsed.Prev, parsed.Hash);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class Line
    {
        [JsonPropertyName("seq")] public long Seq { get; set; }
        [JsonPropertyName("time")] public string? Time { get; set; }
        [JsonPropertyName("user")] public string? User { get; set; }
        [JsonPropertyName("role")] public string? Role { get; set; }
        [JsonPropertyName("action")] public string? Action { get; set; }
        [JsonPropertyName("document")] public string? Document { get; set; }
        [JsonPropertyName("sha256")] public string? Sha256 { get; set; }
        [JsonPropertyName("reason")] public string? Reason { get; set; }
        [JsonPropertyName("prev")] public string? Prev { get; set; }
        [JsonPropertyName("hash")] public string? Hash { get; set; }
    }
}
