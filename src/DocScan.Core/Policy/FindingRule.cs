namespace DocScan.Core.Policy;

/// <summary>What one finding type means for a document: the verdict it forces and the reason given.</summary>
/// <param name="Label">The type's name for a clerk, e.g. 身分證統一編號.</param>
public sealed record FindingRule(string Type, string Label, Verdict Verdict, string ReasonCode, IReadOnlyList<string> Basis);
