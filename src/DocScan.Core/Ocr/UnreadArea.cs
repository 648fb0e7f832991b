namespace DocScan.Core.Ocr;

/// <summary>
/// How much of a page looks like print but was not read. OCR engines do not say what they failed to
/// read (a blurred fax comes back as one empty word with high confidence), so the page itself is
/// measured: it is cut into small cells, a cell holding a few dark strokes on the paper's shade is
/// text-like, and a text-like cell is read when a word read with confidence covers it. Solid fills
/// (a screen's title bar, a photo's dark area) are not text-like.
/// </summary>
internal static class UnreadArea
{
    /// <param name="words">Words read with confidence, in the raster's pixels.</param>
    /// <returns>Text-like cells, and the share of them no confident word covers.</returns>
    public static (int TextCells, double UnreadShare) Measure(PageRaster raster, IEnumerable<OcrBox> words)
    {
        var pixels = raster.Pixels;
        int width = raster.Width, height = raster.Height, stride = raster.RowBytes;
        var cell = Math.Max(6, Math.Max(width, height) / 160);
        var levels = InkLevels.Measure(pixels, width, height, stride);
        if (levels.Blank)
        {
            return (0, 0);
        }

        var threshold = levels.StrokeThreshold;
        var columns = (width + cell - 1) / cell;
        var rows = (height + cell - 1) / cell;
        var textLike = new bool[rows * columns];
        var fill = new bool[rows * columns];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                int dark = 0, total = 0;
                for (var y = row * cell; y < Math.Min(height, (row + 1) * cell); y++)
                {
                    var line = pixels.Slice(y * stride, width);
                    for (var x = column * cell; x < Math.Min(width, (column + 1) * cell); x++)
                    {
                        total++;
                        if (line[x] < threshold)
                        {
                            dark++;
                        }
                    }
                }

                // Strokes cover a part of a cell; a cell that is almost all dark is a fill, a lone pixel is noise.
                textLike[row * columns + column] = dark >= Math.Max(2, total / 25) && dark <= total * 0.85;
                fill[row * columns + column] = dark > total * 0.85;
            }
        }

        var covered = new bool[rows * columns];
        foreach (var box in words)
        {
            var margin = Math.Min(box.Width, box.Height) / 3 + cell;
            for (var row = Math.Max(0, (box.Top - margin) / cell); row <= Math.Min(rows - 1, (box.Bottom + margin) / cell); row++)
            {
                for (var column = Math.Max(0, (box.Left - margin) / cell); column <= Math.Min(columns - 1, (box.Right + margin) / cell); column++)
                {
                    covered[row * columns + column] = true;
                }
            }
        }

        int textCells = 0, unread = 0;
        for (var i = 0; i < textLike.Length; i++)
        {
            // The edge of a fill (a draft's black box, a title bar) is no print either.
            if (!textLike[i] || !Touches(textLike, i, columns, rows) || Touches(fill, i, columns, rows))
            {
                continue;
            }

            textCells++;
            if (!covered[i])
            {
                unread++;
            }
        }

        return (textCells, textCells == 0 ? 0 : (double)unread / textCells);
    }

    // Whether a neighbour of the cell is marked: a text-like cell with no text-like neighbour is a speck of dirt, not print.
    private static bool Touches(bool[] marked, int index, int columns, int rows)
    {
        int row = index / columns, column = index % columns;
        for (var dy = -1; dy <= 1; dy++)
        {
            for (var dx = -1; dx <= 1; dx++)
            {
                int r = row + dy, c = column + dx;
                if ((dx, dy) != (0, 0) && r >= 0 && r < rows && c >= 0 && c < columns && marked[r * columns + c])
                {
                    return true;
                }
            }
        }

        return false;
    }
}
