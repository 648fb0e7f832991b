namespace DocScan.Core.Rules;

/// <summary>How redacted drafts mask what they remove.</summary>
public sealed record RedactionRules
{
    /// <summary>What takes the place of a masked value.</summary>
    public MaskStyle MaskStyle { get; init; } = MaskStyle.Circle;

    /// <summary>
    /// National and resident IDs keep their first three and last three characters (A12****789), the way
    /// land offices print them on transcripts. Off unless the agency's policy allows it.
    /// </summary>
    public bool PartialIds { get; init; }
}

public enum MaskStyle
{
    /// <summary>One ○ per character: 王大明 → ○○○.</summary>
    Circle,

    /// <summary>One ＊ per character.</summary>
    Asterisk,

    /// <summary>The kind of data in brackets: 〔身分證統一編號〕.</summary>
    Label,
}
