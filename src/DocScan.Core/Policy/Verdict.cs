namespace DocScan.Core.Policy;

/// <summary>What happens to a document, weakest first so that the strongest of several wins with <c>Max</c>.</summary>
public enum Verdict
{
    Release,
    Redact,
    DualDraft,
    Review,
    Block,
}
