namespace DocScan.Language.TextAnalytics;

/// <summary>One piece of personal data the service found in a document.</summary>
/// <param name="Offset">Start in the document's text, in UTF-16 code units (the client always asks for them).</param>
/// <param name="Length">Length in UTF-16 code units.</param>
public readonly record struct PiiEntity(string Text, PiiEntityCategory Category, string? SubCategory, double ConfidenceScore, int Offset, int Length);
