using DocScan.Core.Formats;
using DocScan.Core.Ocr;

namespace DocScan.Redaction;

/// <summary>
/// Image files: the pixels under every value read by OCR are painted over and the image is encoded
/// anew (JPEG stays JPEG, other formats become PNG), so nothing of the value can be lifted off and no
/// EXIF, XMP or comment comes along. The draft is read by OCR again before it is offered (DraftSelfCheck).
/// A TIFF, often several scanned pages, is redrawn page by page (<see cref="TiffPageRedactor"/>).
/// </summary>
internal sealed class ImageDraftWriter : IDraftWriter
{
    public bool CanWrite(FileFormat format) => format is FileFormat.Image;

    public Task<byte[]> WriteAsync(DraftInput input, CancellationToken cancellationToken)
    {
        if (PageImages.IsTiff(input.Content.Span))
        {
            return TiffPageRedactor.RedactAsync(input, cancellationToken);
        }

        var masks = input.Plan.ImageMasksAt(ImageMask.PathIn(input.Display, "image"));
        using var raster = PageRaster.Decode(input.Content.Span, colour: true);
        if (raster is null)
        {
            input.Log.Refuse($"「{input.Display}」的影像無法解碼、無法重新繪製，須由人工遮蔽。");
            return Task.FromResult(input.Content.ToArray());
        }

        foreach (var group in masks.GroupBy(m => (m.ImageWidth, m.ImageHeight)))
        {
            raster.PaintOver(group.Select(m => m.Box), group.Key.ImageWidth, group.Key.ImageHeight);
        }

        var jpeg = input.Content.Span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]);
        input.Log.Note($"「{input.Display}」：已塗去影像中 {masks.Count} 處文字的像素，並移除影像的 EXIF/XMP 等中繼資料。");
        return Task.FromResult(raster.Encode(jpeg));
    }
}
