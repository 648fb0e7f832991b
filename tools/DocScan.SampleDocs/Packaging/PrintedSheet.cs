using System.Runtime.InteropServices;
using SkiaSharp;

namespace DocScan.SampleDocs.Packaging;

/// <summary>
/// A white page or screen to print on with system fonts, then kept as a screenshot or degraded as a
/// scanner or a phone camera would. Deterministic: the same fonts, layout and seed give the same bytes.
/// </summary>
public sealed class PrintedSheet : IDisposable
{
    private readonly SKBitmap _bitmap;
    private readonly SKCanvas _canvas;
    private readonly SKTypeface _face;
    private readonly SKTypeface _latin;

    public PrintedSheet(int width, int height, string fontFile, string? latinFontFile = null)
    {
        _bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        _canvas = new SKCanvas(_bitmap);
        _canvas.Clear(SKColors.White);
        _face = Face(fontFile);
        _latin = latinFontFile is null ? _face : Face(latinFontFile);
    }

    /// <summary>Prints a line, Latin letters and digits in the Latin face.</summary>
    public void Text(string text, float x, float baseline, float size, SKColor? colour = null)
    {
        using var font = new SKFont(_face, size);
        using var latin = new SKFont(_latin, size);
        using var paint = new SKPaint { Color = colour ?? new SKColor(0x20, 0x20, 0x20), IsAntialias = true };
        foreach (var run in Runs(text))
        {
            var face = run[0] < 0x80 ? latin : font;
            _canvas.DrawText(run, x, baseline, SKTextAlign.Left, face, paint);
            x += face.MeasureText(run);
        }
    }

    public float Measure(string text, float size)
    {
        using var font = new SKFont(_face, size);
        using var latin = new SKFont(_latin, size);
        return Runs(text).Sum(run => (run[0] < 0x80 ? latin : font).MeasureText(run));
    }

    public void Fill(SKRect rect, SKColor colour)
    {
        using var paint = new SKPaint { Color = colour, Style = SKPaintStyle.Fill };
        _canvas.DrawRect(rect, paint);
    }

    /// <summary>Prints a paragraph wrapped at <paramref name="width"/>, continuation lines indented; returns the next line's baseline.</summary>
    public float Paragraph(string text, float x, float baseline, float size, float width, float leading)
    {
        var line = "";
        var indent = 0f;
        foreach (var c in text)
        {
            if (Measure(line + c, size) > width - indent)
            {
                Text(line, x + indent, baseline, size);
                baseline += leading;
                (line, indent) = ("", size * 2);
            }

            line += c;
        }

        Text(line, x + indent, baseline, size);
        return baseline + leading;
    }

    /// <summary>Draws a ruled table (first row the header); returns the bottom edge.</summary>
    public float Table(float[] columns, float top, float rowHeight, float size, IEnumerable<string[]> rows)
    {
        using var rule = new SKPaint { Color = new SKColor(0x50, 0x50, 0x50), StrokeWidth = 2, Style = SKPaintStyle.Stroke };
        var y = top;
        foreach (var row in rows)
        {
            _canvas.DrawLine(columns[0], y, columns[^1], y, rule);
            for (var i = 0; i < row.Length; i++)
            {
                Text(row[i], columns[i] + size * 0.4f, y + rowHeight / 2 + size * 0.4f, size);
            }

            y += rowHeight;
        }

        _canvas.DrawLine(columns[0], y, columns[^1], y, rule);
        foreach (var x in columns)
        {
            _canvas.DrawLine(x, top, x, y, rule);
        }

        return y;
    }

    /// <summary>The sheet as a screenshot is saved: lossless PNG, nothing added.</summary>
    public byte[] Png()
    {
        using var encoded = SKImage.FromBitmap(_bitmap).Encode(SKEncodedImageFormat.Png, 100);
        return encoded.ToArray();
    }

    /// <summary>The page turned by <paramref name="turn"/>° plus a skew, blurred, with grain, as JPEG.</summary>
    public byte[] Degrade(float skew, double noise, float blur, int quality, int turn, int seed)
    {
        var sideways = turn is 90 or 270;
        var (width, height) = sideways ? (_bitmap.Height, _bitmap.Width) : (_bitmap.Width, _bitmap.Height);
        using var scanned = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(scanned))
        using (var image = SKImage.FromBitmap(_bitmap))
        using (var soft = new SKPaint { ImageFilter = SKImageFilter.CreateBlur(blur, blur) })
        {
            canvas.Clear(new SKColor(0xf4, 0xf3, 0xef));
            canvas.Translate(width / 2f, height / 2f);
            canvas.RotateDegrees(turn + skew);
            canvas.Translate(-_bitmap.Width / 2f, -_bitmap.Height / 2f);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), soft);
        }

        AddGrain(scanned, noise, seed);
        using var encoded = SKImage.FromBitmap(scanned).Encode(SKEncodedImageFormat.Jpeg, quality);
        return encoded.ToArray();
    }

    public void Dispose()
    {
        if (_latin != _face)
        {
            _latin.Dispose();
        }

        _face.Dispose();
        _canvas.Dispose();
        _bitmap.Dispose();
    }

    private static SKTypeface Face(string file) =>
        SKTypeface.FromFile(file) ?? throw new FileNotFoundException("font missing (fonts-arphic-bsmi00lp, fonts-droid-fallback, fonts-dejavu-core)", file);

    // The text cut where it passes between ASCII and other characters.
    private static IEnumerable<string> Runs(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] < 0x80) != (text[start] < 0x80))
            {
                yield return text[start..i];
                start = i;
            }
        }
    }

    // Gaussian grain, the same on the three colour channels of a pixel.
    private static void AddGrain(SKBitmap bitmap, double sigma, int seed)
    {
        var random = new Random(seed);
        var pixels = new byte[bitmap.ByteCount];
        Marshal.Copy(bitmap.GetPixels(), pixels, 0, pixels.Length);
        for (var i = 0; i + 3 < pixels.Length; i += 4)
        {
            var delta = sigma * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            for (var channel = 0; channel < 3; channel++)
            {
                pixels[i + channel] = (byte)Math.Clamp(pixels[i + channel] + delta, 0, 255);
            }
        }

        Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
    }
}
