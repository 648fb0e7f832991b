using System.Globalization;

namespace DocScan.Core.Ocr;

/// <summary>Turns pages that Skia cannot decode into PNG: PDF pages (poppler's pdftoppm) and TIFF pages (libtiff's tiff2pdf, then pdftoppm).</summary>
internal static class PageImages
{
    /// <summary>
    /// Renders one PDF page to grey PNG: a scanned page at its image's own resolution (its longer side
    /// <paramref name="pixels"/>, kept between 1,000 and 4,000), else at <paramref name="dpi"/>.
    /// </summary>
    public static async Task<byte[]> RenderPdfPageAsync(ReadOnlyMemory<byte> pdf, int page, int? pixels, int dpi, CancellationToken cancellationToken)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        string[] size = pixels is { } side
            ? ["-scale-to", Math.Clamp(side, 1000, 4000).ToString(CultureInfo.InvariantCulture)]
            : ["-r", dpi.ToString(CultureInfo.InvariantCulture)];
        var (exit, png, error) = await ToolProcess.RunAsync("pdftoppm",
            ["-f", number, "-l", number, .. size, "-gray", "-png", "-"], pdf, cancellationToken).ConfigureAwait(false);
        if (exit != 0 || png.Length == 0)
        {
            throw new OcrUnavailableException($"pdftoppm 無法繪出第 {page} 頁（{exit}）：{ToolProcess.FirstLine(error)}");
        }

        return png;
    }

    /// <summary>Renders one PDF page to grey PNG of exactly <paramref name="width"/> × <paramref name="height"/> pixels (the size OCR read it at).</summary>
    public static async Task<byte[]> RenderPdfPageAsync(ReadOnlyMemory<byte> pdf, int page, int width, int height, CancellationToken cancellationToken)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var (exit, png, error) = await ToolProcess.RunAsync("pdftoppm",
            ["-f", number, "-l", number, "-scale-to-x", width.ToString(CultureInfo.InvariantCulture),
             "-scale-to-y", height.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-"], pdf, cancellationToken).ConfigureAwait(false);
        return exit == 0 && png.Length > 0 ? png : throw new OcrUnavailableException($"pdftoppm 無法繪出第 {page} 頁：{ToolProcess.FirstLine(error)}");
    }

    /// <summary>A multi-page TIFF as a PDF of its pages (tiff2pdf reads files only).</summary>
    public static async Task<byte[]> TiffToPdfAsync(ReadOnlyMemory<byte> tiff, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("docscan-tiff-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.tif");
            var output = Path.Combine(folder.FullName, "out.pdf");
            await File.WriteAllBytesAsync(input, tiff.ToArray(), cancellationToken).ConfigureAwait(false);
            var (exit, _, error) = await ToolProcess.RunAsync("tiff2pdf", ["-o", output, input], ReadOnlyMemory<byte>.Empty, cancellationToken)
                .ConfigureAwait(false);
            if (exit != 0 || !File.Exists(output))
            {
                throw new ImageUnreadableException($"TIFF 無法解讀：{ToolProcess.FirstLine(error)}");
            }

            return await File.ReadAllBytesAsync(output, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Each page's number with the longer side of its largest image (null when none can be read).</summary>
    public static List<(int Number, int? Pixels)> PageSizes(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.GetPages().Select(p => (p.Number, LargestImageSide(p))).ToList();
    }

    /// <summary>The longer side, in pixels, of the largest image drawn on the page; null when none can be read.</summary>
    public static int? LargestImageSide(UglyToad.PdfPig.Content.Page page)
    {
        try
        {
            return page.GetImages().Select(i => (int?)Math.Max(i.WidthInSamples, i.HeightInSamples)).Max();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    public static bool IsTiff(ReadOnlySpan<byte> content) => content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8);
}

/// <summary>The image's bytes are damaged or in no format this reader decodes.</summary>
internal sealed class ImageUnreadableException(string message) : Exception(message);
