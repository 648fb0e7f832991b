namespace DocScan.Storage;

/// <summary>The names DocScan writes on blobs: index tags (queryable across the account) and metadata.</summary>
public static class BlobKeys
{
    public const string VerdictTag = "docscan-verdict";
    public const string RulesTag = "docscan-rules";
    public const string IdTag = "docscan-id";

    // Metadata names must be C# identifiers, hence the underscores; values must be ASCII (see Escape).
    public const string Id = "docscan_id";
    public const string Verdict = "docscan_verdict";
    public const string Rules = "docscan_rules";
    public const string Source = "docscan_source";
    public const string SourceETag = "docscan_source_etag";
    public const string SourceVersion = "docscan_source_version";
    public const string Report = "docscan_report";
    public const string RoutedTo = "docscan_routed";
    public const string Uploader = "docscan_uploader";
    public const string ScannedAt = "docscan_scanned";

    /// <summary>On a report: the reviewer's decision (an audit action name); a person's decision stands over later rules.</summary>
    public const string Decision = "docscan_decision";

    /// <summary>On a rejected document's report: the reviewer's reason, for the uploader who has to make a new version.</summary>
    public const string DecisionReason = "docscan_decision_reason";

    /// <summary>Metadata values travel as HTTP headers: anything outside ASCII is percent-encoded.</summary>
    public static string Escape(string value) => Uri.EscapeDataString(value);

    public static string Unescape(string value) => Uri.UnescapeDataString(value);

    /// <summary>
    /// A long value escaped within <paramref name="maxLength"/>: all of a blob's metadata must fit in 8 KB, and a long
    /// Chinese path grows ninefold when escaped. The end is kept (the file name); the start gives way to "…".
    /// </summary>
    public static string EscapeTail(string value, int maxLength)
    {
        var escaped = Escape(value);
        for (var keep = value.Length - 1; escaped.Length > maxLength && keep > 0; keep = Math.Min(keep - 1, keep * maxLength / escaped.Length))
        {
            escaped = Escape("…" + value[^keep..]);
        }

        return escaped;
    }
}
