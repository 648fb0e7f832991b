using DocScan.Core.Detection.Recognition;
using DocScan.Core.Ocr;
using DocScan.Core.Rules;

namespace DocScan.Core.Scanning;

public sealed record ScanOptions
{
    public ScanRules Rules { get; init; } = ScanRules.Default;

    public ScanLimits Limits { get; init; } = ScanLimits.Default;

    /// <summary>Put raw normalized values in reports. Only for a local user who asked (<c>--show-values</c>); never for stored reports.</summary>
    public bool IncludeValues { get; init; }

    /// <summary>
    /// Recognizers run after the rule-based detectors, e.g. Azure AI Language (DocScan.Language). None by
    /// default: a recognizer that sends text off this machine runs only when configuration adds it.
    /// </summary>
    public IReadOnlyList<IAsyncDocumentRecognizer> Recognizers { get; init; } = [];

    /// <summary>The clock scanning reads: a scan's duration, and the date a birth date's age is reckoned from.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Reads text in images (scanned PDF pages, image files, images inside documents) offline. Null: no
    /// OCR, every image-only page stays <c>review</c> with needs-ocr. Hosts switch it on with
    /// <see cref="OcrSetup.Default"/> where the engine is installed.
    /// </summary>
    public OcrOptions? Ocr { get; init; }
}
