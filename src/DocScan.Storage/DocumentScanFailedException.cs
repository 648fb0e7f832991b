namespace DocScan.Storage;

/// <summary>
/// Thrown to the host so that it delivers the document again. Carries only the masked error: hosts log
/// the exceptions functions throw, and the original message may quote a value from the document.
/// </summary>
public sealed class DocumentScanFailedException(string documentId, int attempt, int maxAttempts, string maskedError)
    : Exception($"Scan of document {documentId} failed (attempt {attempt} of {maxAttempts}): {maskedError}")
{
    public string DocumentId { get; } = documentId;

    public int Attempt { get; } = attempt;
}
