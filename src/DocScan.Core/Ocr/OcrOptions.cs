namespace DocScan.Core.Ocr;

/// <summary>How images are read. Null in <see cref="Scanning.ScanOptions.Ocr"/> means no OCR: every image-only page is needs-ocr.</summary>
public sealed record OcrOptions
{
    public required IOcrEngine Engine { get; init; }

    /// <summary>The tiny-image limits, also applied without OCR: an icon is no reason for review either way.</summary>
    internal const int DefaultTinyImageSide = 32;

    internal const int DefaultTinyImageArea = 64 * 64;

    /// <summary>A word read below this confidence (0–100) counts as unread.</summary>
    public double MinWordConfidence { get; init; } = 60;

    /// <summary>
    /// A page is unread (review) when more than this share of its text-like area is not covered by
    /// words read with confidence: blurred faxes, tiny print, handwriting.
    /// </summary>
    public double MaxUnreadShare { get; init; } = 0.35;

    /// <summary>
    /// Images at most this many pixels on their shorter side, or with at most <see cref="TinyImageArea"/>
    /// pixels, are icons, bullets and rules: not read, and no reason for review (docs/ocr.md).
    /// </summary>
    public int TinyImageSide { get; init; } = DefaultTinyImageSide;

    public int TinyImageArea { get; init; } = DefaultTinyImageArea;

    internal bool IsTiny(int width, int height) => IsTiny(width, height, TinyImageSide, TinyImageArea);

    internal static bool IsTiny(int width, int height, int side, int area) => Math.Min(width, height) <= side || width * height <= area;

    /// <summary>Resolution at which image-only PDF pages are rendered for OCR.</summary>
    public int PdfRenderDpi { get; init; } = 300;
}
