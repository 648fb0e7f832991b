namespace DocScan.Core.Ocr;

/// <summary>
/// Erases the ruled lines of tables and forms from the image OCR reads. Tesseract takes a ruled table
/// for a picture or reads its borders as characters: a roster's rows come back as Latin garbage or
/// not at all. A ruled line is a straight dark run far longer than any stroke of a character and
/// thin across; it is painted in the paper's shade. Solid fills (a screen's title bar with light text
/// on it) are dark beside their runs and stay.
/// </summary>
internal static class RuledLines
{
    /// <param name="pixels">8-bit grey, row by row, changed in place.</param>
    public static void Erase(Span<byte> pixels, int width, int height, int stride)
    {
        var levels = InkLevels.Measure(pixels, width, height, stride);
        if (levels.Blank)
        {
            return;
        }

        // Longer than a character's stroke at any print size a page is read at; a fill is thicker across than a rule.
        var minLength = Math.Max(80, Math.Max(width, height) / 20);
        var maxThickness = Math.Max(4, Math.Max(width, height) / 300);
        // Rules are often light (a screen's grey-blue cell borders): a quarter of the way to the ink is dark enough.
        var threshold = levels.Paper - Math.Max(20, (levels.Paper - levels.Ink) / 4);
        var line = new bool[width * height];
        Runs(pixels, stride, threshold, minLength, maxThickness, line, along: width, across: height, horizontal: true);
        Runs(pixels, stride, threshold, minLength, maxThickness, line, along: height, across: width, horizontal: false);

        // The blurred edge of a line is a pixel or two of lighter grey on either side: it goes too.
        var paper = (byte)levels.Paper;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (!line[y * width + x])
                {
                    continue;
                }

                for (var dy = -2; dy <= 2; dy++)
                {
                    for (var dx = -2; dx <= 2; dx++)
                    {
                        int ny = y + dy, nx = x + dx;
                        if (ny >= 0 && ny < height && nx >= 0 && nx < width && pixels[ny * stride + nx] < paper)
                        {
                            pixels[ny * stride + nx] = paper;
                        }
                    }
                }
            }
        }
    }

    // Marks the dark runs of at least minLength along rows (horizontal) or columns, bridging gaps of
    // two pixels (scan noise). A run with dark on either side a little further across belongs to a
    // fill (a title bar, a shaded header), not to a rule.
    private static void Runs(ReadOnlySpan<byte> pixels, int stride, int threshold, int minLength, int maxThickness,
        bool[] line, int along, int across, bool horizontal)
    {
        var width = horizontal ? along : across;
        for (var a = 0; a < across; a++)
        {
            int start = -1, lastDark = -1;
            for (var i = 0; i <= along; i++)
            {
                if (i < along && !Dark(pixels, a, i))
                {
                    continue;
                }

                if (start >= 0 && (i == along || i - lastDark > 3))
                {
                    if (lastDark - start + 1 >= minLength && !Beside(pixels, a - maxThickness - 1, start, lastDark)
                        && !Beside(pixels, a + maxThickness + 1, start, lastDark))
                    {
                        for (var k = start; k <= lastDark; k++)
                        {
                            line[horizontal ? a * width + k : k * width + a] = true;
                        }
                    }

                    start = -1;
                }

                if (i < along)
                {
                    start = start < 0 ? i : start;
                    lastDark = i;
                }
            }
        }

        bool Dark(ReadOnlySpan<byte> p, int a, int i) => p[horizontal ? a * stride + i : i * stride + a] < threshold;

        // Whether most of the stretch from..to at the given distance across is dark.
        bool Beside(ReadOnlySpan<byte> p, int a, int from, int to)
        {
            if (a < 0 || a >= across)
            {
                return false;
            }

            var dark = 0;
            for (var i = from; i <= to; i++)
            {
                dark += Dark(p, a, i) ? 1 : 0;
            }

            return dark * 2 > to - from + 1;
        }
    }
}
