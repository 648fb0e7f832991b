namespace DocScan.Core.Extraction;

/// <summary>Why a document could not be scanned completely. Any problem makes the verdict at least <c>review</c>.</summary>
/// <param name="Code">One of <see cref="ProblemCodes"/>.</param>
/// <param name="Message">A sentence a records clerk can act on (Traditional Chinese).</param>
public sealed record ScanProblem(string Code, string Message);

public static class ProblemCodes
{
    public const string Encrypted = "encrypted";
    public const string Corrupt = "corrupt";
    public const string Unsupported = "unsupported";
    public const string NeedsOcr = "needs-ocr";

    /// <summary>OCR read an image, but part of its print not with enough confidence (blurred, tiny, handwritten): which page, and how much.</summary>
    public const string LowOcrConfidence = "low-ocr-confidence";

    /// <summary>Text is drawn that cannot be turned into characters (glyphs without a Unicode mapping), or was drawn but not read.</summary>
    public const string UnreadableText = "unreadable-text";
    public const string TooLarge = "too-large";
    public const string TooDeep = "too-deep";
    public const string ExtensionMismatch = "extension-mismatch";
    public const string Timeout = "timeout";

    /// <summary>An attachment the document declares (a DI's ENTITY) did not come with it, so it could not be checked.</summary>
    public const string MissingAttachment = "missing-attachment";

    /// <summary>The scanner itself failed on the document again and again (a host's retries ran out); the document is quarantined.</summary>
    public const string ScanFailed = "scan-failed";

    /// <summary>A recognizer switched on by configuration failed (service outage, throttled past its retries, refused credentials).</summary>
    public const string RecognizerUnavailable = "recognizer-unavailable";

    /// <summary>A recognizer answered but left part of the text unanalysed (per-document errors, too much text).</summary>
    public const string RecognizerIncomplete = "recognizer-incomplete";
}

/// <summary>Thrown by an extractor when it cannot go on; the scanner turns it into a <see cref="ScanProblem"/>.</summary>
internal sealed class ScanProblemException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
    public ScanProblem ToProblem() => new(Code, Message);
}
