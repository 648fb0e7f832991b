using DocScan.Core.Ocr;

namespace DocScan.Redaction;

/// <summary>
/// A multi-page TIFF: every page is rendered as OCR read it (through the same PDF, at the same size),
/// the pixels under each value on it are painted over, and the pages are written as a new grey TIFF
/// (<see cref="TiffWriter"/>), so nothing of the values and none of the original's tags come along.
/// </summary>
internal static class TiffPageRedactor
{
    // Every page tiff2pdf makes is one image, rendered at that image's own size; this only applies where none can be read.
    private const int FallbackDpi = 300;

    public static async Task<byte[]> RedactAsync(DraftInput input, CancellationToken cancellationToken)
    {
        var pdf = await PageImages.TiffToPdfAsync(input.Content, cancellationToken).ConfigureAwait(false);
        var pages = new List<(int Width, int Height, int Stride, byte[] Pixels)>();
        var painted = 0;
        foreach (var (number, pixels) in PageImages.PageSizes(pdf))
        {
            var masks = input.Plan.ImageMasksAt(ImageMask.PathIn(input.Display, $"image#{number}"));
            var png = masks.Count > 0
                ? await PageImages.RenderPdfPageAsync(pdf, number, masks[0].ImageWidth, masks[0].ImageHeight, cancellationToken).ConfigureAwait(false)
                : await PageImages.RenderPdfPageAsync(pdf, number, pixels, FallbackDpi, cancellationToken).ConfigureAwait(false);
            using var raster = PageRaster.Decode(png) ?? throw new InvalidOperationException("pdftoppm output did not decode");
            foreach (var group in masks.GroupBy(m => (m.ImageWidth, m.ImageHeight)))
            {
                raster.PaintOver(group.Select(m => m.Box), group.Key.ImageWidth, group.Key.ImageHeight);
            }

            painted += masks.Count;
            pages.Add((raster.Width, raster.Height, raster.RowBytes, raster.Pixels.ToArray()));
        }

        input.Log.Note($"「{input.Display}」：{pages.Count} 頁的 TIFF 已塗去 {painted} 處文字的像素，重新寫成不含原檔標籤與中繼資料的灰階 TIFF。");
        return TiffWriter.Write(pages);
    }
}
