using System.Diagnostics;
using System.Text;
using UglyToad.PdfPig.Core;

namespace DocScan.Redaction.Tests;

/// <summary>A PDF page rendered by poppler's pdftoppm (grey, 100 dpi, the crop box as a viewer shows it), for checking where black boxes are drawn.</summary>
internal sealed class PageImage
{
    private const int Dpi = 100;
    private readonly byte[] _pixels;
    private readonly double _pageHeight;

    private PageImage(int width, int height, byte[] pixels, double pageHeight)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
        _pageHeight = pageHeight;
    }

    public int Width { get; }

    public int Height { get; }

    public static async Task<PageImage> RenderAsync(byte[] pdf, int page, double pageHeight)
    {
        var folder = Directory.CreateTempSubdirectory("docscan-render-").FullName;
        try
        {
            var input = Path.Combine(folder, "in.pdf");
            await File.WriteAllBytesAsync(input, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftoppm",
                ["-cropbox", "-r", Dpi.ToString(), "-f", page.ToString(), "-l", page.ToString(), "-gray", "-singlefile", input, Path.Combine(folder, "out")])
            {
                RedirectStandardError = true,
            })!;
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, "pdftoppm failed: " + await process.StandardError.ReadToEndAsync());
            return Parse(await File.ReadAllBytesAsync(Path.Combine(folder, "out.pgm")), pageHeight);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Share of pixels darker than mid-grey inside a rectangle given in PDF points (origin bottom left).</summary>
    public double DarkShare(PdfRectangle area)
    {
        var scale = Dpi / 72.0;
        var left = Math.Clamp((int)Math.Ceiling(area.Left * scale), 0, Width - 1);
        var right = Math.Clamp((int)Math.Floor(area.Right * scale), 0, Width - 1);
        var top = Math.Clamp((int)Math.Ceiling((_pageHeight - area.Top) * scale), 0, Height - 1);
        var bottom = Math.Clamp((int)Math.Floor((_pageHeight - area.Bottom) * scale), 0, Height - 1);
        int dark = 0, total = 0;
        for (var y = top; y <= bottom; y++)
        {
            for (var x = left; x <= right; x++)
            {
                total++;
                dark += _pixels[y * Width + x] < 128 ? 1 : 0;
            }
        }

        return total == 0 ? 0 : (double)dark / total;
    }

    /// <summary>Binary PGM (P5): magic, width, height, maximum, then one byte per pixel.</summary>
    private static PageImage Parse(byte[] pgm, double pageHeight)
    {
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)pgm[at]))
            {
                at++;
            }

            var start = at;
            while (!char.IsWhiteSpace((char)pgm[at]))
            {
                at++;
            }

            fields.Add(Encoding.ASCII.GetString(pgm, start, at - start));
        }

        Assert.Equal("P5", fields[0]);
        int width = int.Parse(fields[1]), height = int.Parse(fields[2]);
        return new PageImage(width, height, pgm[(at + 1)..], pageHeight);
    }
}
