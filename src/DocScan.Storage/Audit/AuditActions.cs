namespace DocScan.Storage.Audit;

/// <summary>The stable names of audited actions, as they appear in the log and its CSV export.</summary>
public static class AuditActions
{
    public const string ApproveRedacted = "approve-redacted";
    public const string ApproveDualDraft = "approve-dual-draft";
    public const string ReleaseAsIs = "release-as-is";
    public const string FalsePositive = "false-positive";
    public const string AllowListAdd = "allow-list-add";
    public const string Reject = "reject";
    public const string Reveal = "reveal";
    public const string MaskAnyway = "mask-anyway";
}
