using DocScan.Core.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DocScan.Redaction.Pdf;

/// <summary>
/// Scanned PDF pages: a page whose values were read by OCR is rendered at the size OCR read it, the
/// pixels under each value are painted over, and the page is replaced by that image alone. The
/// original scan (and anything else drawn on the page) does not reach the draft, so no overlay can be
/// lifted to show what was under it.
/// </summary>
internal static class ScannedPageRedactor
{
    public static async Task<byte[]> RedactAsync(byte[] draft, DraftInput input, CancellationToken cancellationToken)
    {
        var masks = new Dictionary<int, List<ImageMask>>();
        using (var document = PdfDocument.Open(draft))
        {
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                if (input.Plan.ImageMasksAt(ImageMask.PathIn(input.Display, $"page/{number}")) is { Count: > 0 } onPage)
                {
                    masks[number] = [.. onPage];
                }
            }
        }

        if (masks.Count == 0)
        {
            return draft;
        }

        var images = new Dictionary<int, byte[]>();
        foreach (var (number, onPage) in masks)
        {
            var (width, height) = (onPage[0].ImageWidth, onPage[0].ImageHeight);
            var png = await PageImages.RenderPdfPageAsync(draft, number, width, height, cancellationToken).ConfigureAwait(false);
            using var raster = PageRaster.Decode(png) ?? throw new InvalidOperationException("pdftoppm output did not decode");
            raster.PaintOver(onPage.Select(m => m.Box), width, height);
            images[number] = raster.Encode(jpeg: false);
            input.Log.Note($"「{input.Display}」第 {number} 頁（掃描頁）：已塗去 {onPage.Count} 處文字的像素，頁面以塗去後的影像取代。");
        }

        using var source = PdfDocument.Open(draft);
        var builder = new PdfDocumentBuilder { IncludeDocumentInformation = false };
        for (var number = 1; number <= source.NumberOfPages; number++)
        {
            if (images.TryGetValue(number, out var image))
            {
                var original = source.GetPage(number);
                var page = builder.AddPage(original.Width, original.Height);
                page.AddPng(image, new PdfRectangle(0, 0, original.Width, original.Height));
            }
            else
            {
                builder.AddPage(source, number, new PdfDocumentBuilder.AddPageOptions { KeepAnnotations = false });
            }
        }

        return builder.Build();
    }
}
