namespace DocScan.Language.TextAnalytics;

/// <summary>Why the service could not analyse one document (the innermost error it gave).</summary>
public readonly record struct TextAnalyticsError(string ErrorCode, string Message, string? Target);

/// <summary>Something the service noticed while analysing a document, e.g. <c>LongWordsInDocument</c>; the document was still analysed.</summary>
public readonly record struct TextAnalyticsWarning(string WarningCode, string Message);
