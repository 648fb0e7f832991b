using DocScan.Core.Ocr;

namespace DocScan.Redaction;

/// <summary>A box over a value on an image read by OCR, in the pixels of the image OCR read (<paramref name="ImageWidth"/> × <paramref name="ImageHeight"/>).</summary>
/// <param name="Path">The segment path of the image's text: <c>image</c>, <c>page/3</c>, with its container chain.</param>
public sealed record ImageMask(string Path, OcrBox Box, int ImageWidth, int ImageHeight)
{
    /// <summary>The path a writer looks masks up by: its document's container chain (the display name without its top-level document) and the image's own path.</summary>
    public static string PathIn(string display, string path)
    {
        var nested = display.IndexOf("!/", StringComparison.Ordinal);
        return nested < 0 ? path : display[(nested + 2)..] + "!/" + path;
    }
}
