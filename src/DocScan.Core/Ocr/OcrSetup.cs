namespace DocScan.Core.Ocr;

/// <summary>What the hosts (docscan scan/serve/watch, the Functions app) use to read images.</summary>
public static class OcrSetup
{
    /// <summary>The environment variable that turns OCR off (<c>DOCSCAN_OCR=off</c>): image-only pages are then needs-ocr.</summary>
    public const string Switch = "DOCSCAN_OCR";

    /// <summary>
    /// Tesseract (chi_tra) with the default thresholds, or null when <c>DOCSCAN_OCR=off</c>. Not
    /// probed here: where Tesseract is missing every image is reported needs-ocr with the reason, so a
    /// host without it fails closed instead of failing to start.
    /// </summary>
    public static OcrOptions? Default() =>
        string.Equals(Environment.GetEnvironmentVariable(Switch), "off", StringComparison.OrdinalIgnoreCase)
            ? null
            : new OcrOptions { Engine = new TesseractOcrEngine() };
}
