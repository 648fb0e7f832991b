using Microsoft.Extensions.Logging;

namespace DocScan.Storage;

/// <summary>
/// Every log line of the storage services. Documents are named by id and masked name only: blob names
/// and error messages can hold the very values DocScan looks for, so none is written raw.
/// </summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Scanned document {DocumentId} ({DocumentName}, content {ContentSha256}): {Verdict}, {Findings} findings, {Problems} problems, copy in {RoutedContainer}; read {ReadMs} ms, scan {ScanMs} ms, store {StoreMs} ms, total {TotalMs} ms, attempt {Attempt}, rules {RulesVersion}")]
    public static partial void Scanned(ILogger logger, string documentId, string documentName, string contentSha256, string verdict, int findings, int problems,
        string routedContainer, long readMs, long scanMs, long storeMs, long totalMs, int attempt, string rulesVersion);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information,
        Message = "Document {DocumentId} already has its report ({Verdict}, rules {RulesVersion}): delivered again, nothing to do")]
    public static partial void AlreadyScanned(ILogger logger, string documentId, string verdict, string rulesVersion);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information,
        Message = "Document {DocumentId} changed or was deleted before it was read; its newer version is scanned on its own")]
    public static partial void Superseded(ILogger logger, string documentId);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information,
        Message = "A blob in {Container} was not found when its scan began (deleted, or named so that the trigger could not address it: the sweep scans those): {DocumentName}")]
    public static partial void Missing(ILogger logger, string container, string documentName);

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning,
        Message = "Scan of document {DocumentId} failed, attempt {Attempt} of {MaxAttempts}, after {ElapsedMs} ms: {Error}\n{StackTrace}")]
    public static partial void ScanFailed(ILogger logger, string documentId, int attempt, int maxAttempts, long elapsedMs, string error, string? stackTrace);

    [LoggerMessage(EventId = 111, Level = LogLevel.Error,
        Message = "Document {DocumentId} quarantined after {Attempts} scan attempts: {Verdict}, copy in {RoutedContainer}, total {TotalMs} ms")]
    public static partial void Quarantined(ILogger logger, string documentId, int attempts, string verdict, string routedContainer, long totalMs);

    [LoggerMessage(EventId = 120, Level = LogLevel.Information,
        Message = "Sweep of {Container}: {Examined} documents, {Missing} without a report, {Stale} judged by other rules, {Rescanned} scanned, {Failed} failed, {ElapsedMs} ms")]
    public static partial void Swept(ILogger logger, string container, int examined, int missing, int stale, int rescanned, int failed, long elapsedMs);

    [LoggerMessage(EventId = 121, Level = LogLevel.Warning, Message = "Sweep could not scan document {DocumentId}: {Error}")]
    public static partial void SweepItemFailed(ILogger logger, string documentId, string error);

    [LoggerMessage(EventId = 130, Level = LogLevel.Information,
        Message = "Uploaded document {DocumentId} ({DocumentName}, {Bytes} bytes) for {Uploader} in {ElapsedMs} ms")]
    public static partial void Uploaded(ILogger logger, string documentId, string documentName, long bytes, string uploader, long elapsedMs);
}
