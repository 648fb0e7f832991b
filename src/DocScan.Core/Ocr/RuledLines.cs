namespace DocScan.Core.Ocr;

/// <summary>
/// Erases the ruled lines of tables and forms from the image OCR reads. Tesseract takes a ruled table
/// for a picture or reads its borders as characters: a roster's rows come back as Latin garbage or
/// not at all. A ruled line is a straight dark run far longer than any stroke of a character and
/// thin across; it is painted in the paper's shade. Solid fills (a screen's title bar with light text
/// on it) are thick across and stay.
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

        // Longer than a character's stroke at any print size a page is read at; at most this thick.
        var minLength = Math.Max(40, Math.Max(width, height) / 25);
        var maxThickness = Math.Max(4, Math.Max(width, height) / 300);
        var threshold = levels.StrokeThreshold;
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
    // two pixels (scan noise), then unmarks stacks thicker than maxThickness across: fills, not rules.
    private static void Runs(ReadOnlySpan<byte> pixels, int stride, int threshold, int minLength, int maxThickness,
        bool[] line, int along, int across, bool horizontal)
    {
        var width = horizontal ? along : across;
        var marked = new bool[along * across];
        for (var a = 0; a < across; a++)
        {
            int start = -1, lastDark = -1;
            for (var i = 0; i <= along; i++)
            {
                var dark = i < along && pixels[horizontal ? a * stride + i : i * stride + a] < threshold;
                if (dark)
                {
                    if (start < 0 || i - lastDark > 3)
                    {
                        Close(start, lastDark, a);
                        start = i;
                    }

                    lastDark = i;
                }
            }

            Close(start, lastDark, a);
        }

        for (var i = 0; i < along; i++)
        {
            var a = 0;
            while (a < across)
            {
                if (!marked[a * along + i])
                {
                    a++;
                    continue;
                }

                var first = a;
                while (a < across && marked[a * along + i])
                {
                    a++;
                }

                if (a - first > maxThickness)
                {
                    continue;
                }

                for (var k = first; k < a; k++)
                {
                    line[horizontal ? k * width + i : i * width + k] = true;
                }
            }
        }

        void Close(int start, int end, int a)
        {
            if (start >= 0 && end - start + 1 >= minLength)
            {
                Array.Fill(marked, true, a * along + start, end - start + 1);
            }
        }
    }
}
