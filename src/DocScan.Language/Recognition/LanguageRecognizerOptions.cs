namespace DocScan.Language.Recognition;

/// <summary>How <see cref="LanguagePiiRecognizer"/> uses the service.</summary>
public sealed class LanguageRecognizerOptions
{
    /// <summary>Text elements per document the service accepts for synchronous PII recognition.</summary>
    public const int MaxTextElementsPerDocument = 5_120;

    /// <summary>Documents per synchronous PII request.</summary>
    public const int MaxDocumentsPerRequest = 5;

    /// <summary>
    /// Code units per document, so five documents stay far below the 1 MB request limit even when a
    /// text element is long (combining marks).
    /// </summary>
    internal const int MaxCodeUnitsPerDocument = 4 * MaxTextElementsPerDocument;

    /// <summary>Language of the documents, as the service names it.</summary>
    public string Language { get; set; } = "zh-hant";

    /// <summary>Model version; null for the service's latest.</summary>
    public string? ModelVersion { get; set; }

    /// <summary>
    /// Most service documents one scanned document may become (1,000 ≈ 5 million characters). Longer
    /// text is not sent at all and the document goes to review.
    /// </summary>
    public int MaxDocumentsPerScan { get; set; } = 1_000;

    /// <summary>Wall-clock bound for one scanned document, retries included; past it the document goes to review.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);
}
