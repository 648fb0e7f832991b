using SkiaSharp;

namespace DocScan.Core.Ocr;

/// <summary>
/// One page image decoded to 8-bit grey (SkiaSharp): what OCR reads, what the unread-area check
/// measures, and what a draft paints over. EXIF orientation is applied as the image is decoded, so
/// the pixels stand as a viewer shows them and the metadata can be dropped.
/// </summary>
internal sealed class PageRaster : IDisposable
{
    // Screenshots and phone pictures at screen resolution carry text 12–16 px high; Tesseract reads
    // best from about 25 px, so images smaller than this on their longer side are read at twice their size.
    private const int UpscaleBelowLongSide = 1600;

    /// <summary>The shade redacted boxes are painted in.</summary>
    public const byte RedactionGrey = 190;

    private PageRaster(SKBitmap bitmap) => Bitmap = bitmap;

    public SKBitmap Bitmap { get; }

    public int Width => Bitmap.Width;

    public int Height => Bitmap.Height;

    /// <summary>Width and height from the image's header, without decoding its pixels; null when Skia cannot read it.</summary>
    public static (int Width, int Height)? Size(ReadOnlySpan<byte> image)
    {
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data);
        return codec is null ? null : (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>Decodes PNG, JPEG, GIF (first frame), BMP or WebP; null when Skia cannot (TIFF goes through PDF).</summary>
    /// <param name="colour">Keep the colours (a draft) instead of grey (what OCR reads).</param>
    public static PageRaster? Decode(ReadOnlySpan<byte> image, bool colour = false)
    {
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        var degrees = codec.EncodedOrigin switch
        {
            SKEncodedOrigin.RightTop => 90,
            SKEncodedOrigin.BottomRight => 180,
            SKEncodedOrigin.LeftBottom => 270,
            _ => 0,
        };
        var upright = Rotate(decoded, degrees);
        if (colour)
        {
            return new PageRaster(upright);
        }

        using (upright)
        {
            return new PageRaster(ToGrey(upright));
        }
    }

    /// <summary>This page turned clockwise by 90, 180 or 270 degrees, as PNG.</summary>
    public byte[] RotatedPng(int degrees)
    {
        using var turned = Rotate(Bitmap, degrees);
        return EncodePng(turned);
    }

    /// <summary>
    /// The pixels to hand to the OCR engine, ruled lines erased (<see cref="RuledLines"/>: Tesseract
    /// reads a ruled table badly), and the factor its boxes must be divided by.
    /// </summary>
    public (byte[] Png, double Scale) ForOcr()
    {
        var scale = Math.Max(Width, Height) >= UpscaleBelowLongSide ? 1 : 2;
        using var copy = scale == 1
            ? Bitmap.Copy()
            : Bitmap.Resize(new SKImageInfo(Width * scale, Height * scale, SKColorType.Gray8, SKAlphaType.Opaque), new SKSamplingOptions(SKCubicResampler.CatmullRom));
        RuledLines.Erase(copy.GetPixelSpan(), copy.Width, copy.Height, copy.RowBytes);
        return (EncodePng(copy), scale);
    }

    /// <summary>Paints the ruled lines of tables and forms in the paper's shade (<see cref="RuledLines"/>): no print to read or to measure.</summary>
    public void EraseRuledLines() => RuledLines.Erase(Bitmap.GetPixelSpan(), Width, Height, RowBytes);

    public byte[] ToPng() => EncodePng(Bitmap);

    /// <summary>
    /// Paints each box (in the pixels of an image <paramref name="width"/> × <paramref name="height"/>
    /// read by OCR) in one flat grey, a little larger than the word, so no stroke of it survives. Grey,
    /// not black: a reader sees where a value was taken out, and OCR (reading the draft again to check
    /// it) takes a light flat box for paper and still reads the rest of the line.
    /// </summary>
    public void PaintOver(IEnumerable<OcrBox> boxes, int width, int height)
    {
        double fx = (double)Width / width, fy = (double)Height / height;
        using var canvas = new SKCanvas(Bitmap);
        using var grey = new SKPaint { Color = new SKColor(RedactionGrey, RedactionGrey, RedactionGrey), IsAntialias = false, Style = SKPaintStyle.Fill };
        foreach (var box in boxes)
        {
            var margin = Math.Max(4, Math.Min(box.Width, box.Height) / 4);
            canvas.DrawRect(SKRect.Create((float)((box.Left - margin) * fx), (float)((box.Top - margin) * fy),
                (float)((box.Width + 2 * margin) * fx), (float)((box.Height + 2 * margin) * fy)), grey);
        }
    }

    /// <summary>The pixels re-encoded as JPEG (quality 90) or PNG; Skia writes no EXIF, XMP or comments.</summary>
    public byte[] Encode(bool jpeg)
    {
        using var image = SKImage.FromBitmap(Bitmap);
        using var data = image.Encode(jpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, jpeg ? 90 : 100);
        return data.ToArray();
    }

    /// <summary>Luminance of every pixel, row by row.</summary>
    public ReadOnlySpan<byte> Pixels => Bitmap.GetPixelSpan();

    public int RowBytes => Bitmap.RowBytes;

    public void Dispose() => Bitmap.Dispose();

    private static byte[] EncodePng(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static SKBitmap ToGrey(SKBitmap source)
    {
        // Drawn onto white first: transparent screenshots and logos have no colour where they have no alpha.
        var grey = new SKBitmap(new SKImageInfo(source.Width, source.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(grey);
        canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
        return grey;
    }

    private static SKBitmap Rotate(SKBitmap source, int degrees)
    {
        var swap = degrees is 90 or 270;
        var turned = new SKBitmap(new SKImageInfo(swap ? source.Height : source.Width, swap ? source.Width : source.Height,
            source.ColorType, source.AlphaType));
        using var canvas = new SKCanvas(turned);
        canvas.Translate(turned.Width / 2f, turned.Height / 2f);
        canvas.RotateDegrees(degrees);
        canvas.Translate(-source.Width / 2f, -source.Height / 2f);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
        return turned;
    }
}
