namespace DocScan.SampleDocs.Packaging;

/// <summary>
/// Draws what a letter faxed at 75 dpi looks like: a letterhead band, grey bars where lines of text
/// blurred and a red seal. Neither a PDF reader nor OCR can get text out of it, which is the point.
/// </summary>
public static class ScannedPageImage
{
    public static byte[] Png(int seed)
    {
        const int width = 620;
        const int height = 877;
        var pixels = new byte[width * height * 3];
        Array.Fill(pixels, (byte)250);
        var random = new Random(seed);

        void Fill(int x0, int y0, int x1, int y1, byte r, byte g, byte b)
        {
            for (var y = Math.Max(0, y0); y < Math.Min(height, y1); y++)
            {
                for (var x = Math.Max(0, x0); x < Math.Min(width, x1); x++)
                {
                    var i = (y * width + x) * 3;
                    (pixels[i], pixels[i + 1], pixels[i + 2]) = (r, g, b);
                }
            }
        }

        Fill(150, 60, 470, 84, 40, 40, 40); // agency name
        Fill(250, 100, 370, 118, 40, 40, 40); // 函
        for (var line = 0; line < 24; line++)
        {
            var y = 160 + line * 26;
            var indent = line % 6 == 0 ? 60 : 90;
            var length = line % 6 == 5 ? random.Next(120, 300) : random.Next(380, 500);
            for (var x = indent; x < indent + length; x += 14)
            {
                Fill(x, y, x + 11, y + 11, 70, 70, 70); // one character
            }
        }

        for (var y = -40; y <= 40; y++)
        {
            for (var x = -40; x <= 40; x++)
            {
                var distance = x * x + y * y;
                if (distance is <= 1600 and >= 1250 || (distance < 900 && (x + y) % 9 == 0))
                {
                    Fill(460 + x, 760 + y, 461 + x, 761 + y, 200, 30, 30);
                }
            }
        }

        return PngWriter.Encode(width, height, pixels);
    }
}
