namespace DocScan.Web;

/// <summary>What a release draft is, read from the name the draft writer gave it (<c>DraftNames</c> in Core).</summary>
public static class DraftKinds
{
    public const string Redacted = "redacted";
    public const string Release = "release";
    public const string Recipient = "recipient";

    public static string Of(string draftName)
    {
        var stem = Path.GetFileNameWithoutExtension(draftName);
        return stem.EndsWith(".redacted", StringComparison.Ordinal) ? Redacted
            : stem.Contains(".recipient-", StringComparison.Ordinal) ? Recipient
            : Release;
    }
}
