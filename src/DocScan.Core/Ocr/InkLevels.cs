namespace DocScan.Core.Ocr;

/// <summary>The shades of a grey page: its paper (the median) and its darkest ink (the 0.5th percentile).</summary>
internal readonly record struct InkLevels(int Paper, int Ink)
{
    /// <summary>A blank or uniform image: nothing printed on it.</summary>
    public bool Blank => Paper - Ink < 40;

    /// <summary>Dark enough to be a stroke: halfway from the paper to the darkest ink, at least 30 levels below the paper.</summary>
    public int StrokeThreshold => Paper - Math.Max(30, (Paper - Ink) / 2);

    public static InkLevels Measure(ReadOnlySpan<byte> pixels, int width, int height, int stride)
    {
        var histogram = new long[256];
        for (var y = 0; y < height; y++)
        {
            foreach (var value in pixels.Slice(y * stride, width))
            {
                histogram[value]++;
            }
        }

        long total = (long)width * height, seen = 0;
        int ink = -1, paper = 255;
        for (var level = 0; level < 256; level++)
        {
            seen += histogram[level];
            if (ink < 0 && seen >= total / 200)
            {
                ink = level;
            }

            if (seen >= total / 2)
            {
                paper = level;
                break;
            }
        }

        return new InkLevels(paper, Math.Max(ink, 0));
    }
}
