using DocScan.Core.Extraction;

namespace DocScan.Core.Detection.Recognition;

/// <summary>
/// A recognizer that reads a whole document's text and answers later: a language model, on this
/// machine or behind a service. The scanner runs it after the rule-based detectors and merges what it
/// finds with theirs; a recognizer that fails makes the document <c>review</c>, never <c>release</c>.
/// </summary>
public interface IAsyncDocumentRecognizer
{
    /// <summary>Stable id reported as the detector of its findings, e.g. <c>azure-language-pii</c>.</summary>
    string Id { get; }

    /// <summary>Whether the document's text leaves this machine; the rules file can forbid that (<c>cloud</c>).</summary>
    bool SendsTextOffMachine { get; }

    /// <summary>
    /// Entities in <paramref name="segments"/>, placed on their original text. Text it could not analyse
    /// is a problem in the result; an exception means nothing was analysed.
    /// </summary>
    Task<RecognitionResult> RecognizeAsync(IReadOnlyList<TextSegment> segments, CancellationToken cancellationToken);
}
