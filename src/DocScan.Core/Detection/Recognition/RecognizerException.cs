namespace DocScan.Core.Detection.Recognition;

/// <summary>
/// A recognizer could not analyse the document. <see cref="Exception.Message"/> is the problem message a
/// clerk reads (Traditional Chinese); <see cref="Detail"/> is for logs. Neither may hold document text.
/// </summary>
public sealed class RecognizerException(string message, string detail, Exception? inner = null) : Exception(message, inner)
{
    public string Detail { get; } = detail;
}
