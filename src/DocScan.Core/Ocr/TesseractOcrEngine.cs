using System.Globalization;

namespace DocScan.Core.Ocr;

/// <summary>
/// Tesseract 5 through its command line (Debian <c>tesseract-ocr</c>, <c>tesseract-ocr-chi-tra</c>,
/// <c>tesseract-ocr-osd</c>): <c>-l chi_tra+eng --psm 1</c> reads Traditional Chinese and Latin text
/// and turns pages scanned at 90/180/270° itself (orientation and script detection); its TSV output
/// gives every word with its box and confidence. One process per page, one thread each
/// (<c>OMP_THREAD_LIMIT=1</c>): a host reads several documents at once instead.
/// </summary>
public sealed class TesseractOcrEngine : IOcrEngine
{
    private readonly string _executable;
    private readonly string _languages;
    private readonly Lazy<Task<Setup>> _setup;

    /// <param name="executable">The tesseract binary (default: <c>tesseract</c> on PATH).</param>
    /// <param name="languages">Traineddata to use; both must be installed.</param>
    public TesseractOcrEngine(string executable = "tesseract", string languages = "chi_tra")
    {
        _executable = executable;
        _languages = languages;
        _setup = new Lazy<Task<Setup>>(ProbeAsync);
    }

    public string Name => $"tesseract {_languages}";

    /// <summary>True when the binary runs and has every language this engine needs.</summary>
    public async Task<bool> IsAvailableAsync()
    {
        try
        {
            await _setup.Value.ConfigureAwait(false);
            return true;
        }
        catch (OcrUnavailableException)
        {
            return false;
        }
    }

    public async Task<OcrPage> RecognizeAsync(ReadOnlyMemory<byte> png, CancellationToken cancellationToken)
    {
        var setup = await _setup.Value.ConfigureAwait(false);
        var page = await ReadAsync(png, setup.PageSegmentation, cancellationToken).ConfigureAwait(false);

        // Tesseract turns upside-down pages itself, but reads a page lying on its side column by column
        // (a table's rows come apart). Such a page is turned upright and read again; the boxes are
        // turned back, so they stay in the pixels the caller gave.
        if (Sideways(page) is not { } degrees)
        {
            return page;
        }

        using var raster = PageRaster.Decode(png.Span) ?? throw new OcrUnavailableException("頁面影像無法解碼");
        var upright = await ReadAsync(raster.RotatedPng(degrees), setup.PageSegmentation, cancellationToken).ConfigureAwait(false);
        return new OcrPage(page.Width, page.Height,
            upright.Lines.Select(l => l with { Words = l.Words.Select(w => w with { Box = TurnBack(w.Box, degrees, page.Width, page.Height) }).ToList() }).ToList(),
            degrees);
    }

    private async Task<OcrPage> ReadAsync(ReadOnlyMemory<byte> png, string pageSegmentation, CancellationToken cancellationToken)
    {
        var (exit, output, error) = await ToolProcess.RunAsync(_executable,
            ["stdin", "stdout", "-l", _languages, "--psm", pageSegmentation, "tsv"], png, cancellationToken).ConfigureAwait(false);
        if (exit != 0)
        {
            throw new OcrUnavailableException($"tesseract 結束代碼 {exit}：{ToolProcess.FirstLine(error)}");
        }

        return TesseractTsv.Parse(System.Text.Encoding.UTF8.GetString(output));
    }

    // The clockwise turn that makes a page upright when it lies on its side: most words of three or
    // more characters stand taller than wide. Which side: lines running down the page, or lines of
    // such words following each other leftwards, were turned 90° clockwise (turn 270° more); the
    // opposite, 270°.
    internal static int? Sideways(OcrPage page)
    {
        var words = page.Words.Where(w => w.Text.Length >= 3).ToList();
        var tall = words.Count(w => w.Box.Height > w.Box.Width * 3 / 2);
        if (tall <= words.Count - tall)
        {
            return null;
        }

        var votes = 0;
        foreach (var line in page.Lines.Where(l => l.Words.Count >= 2))
        {
            var (first, last) = (line.Words[0].Box, line.Words[^1].Box);
            var box = line.Box;
            votes += box.Height > box.Width ? Math.Sign(last.Top - first.Top) : Math.Sign(first.Left - last.Left);
        }

        return votes >= 0 ? 270 : 90;
    }

    // A box in the page turned clockwise by degrees, back in the pixels of the page (width × height) as given.
    internal static OcrBox TurnBack(OcrBox box, int degrees, int width, int height) => degrees switch
    {
        90 => new OcrBox(box.Top, height - box.Right, box.Height, box.Width),
        270 => new OcrBox(width - box.Bottom, box.Left, box.Height, box.Width),
        _ => box,
    };

    private async Task<Setup> ProbeAsync()
    {
        var (_, output, error) = await ToolProcess.RunAsync(_executable, ["--list-langs"], ReadOnlyMemory<byte>.Empty, CancellationToken.None)
            .ConfigureAwait(false);
        var listing = System.Text.Encoding.UTF8.GetString(output) + "\n" + error;
        var installed = listing.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var missing = _languages.Split('+').Where(l => !installed.Contains(l)).ToList();
        if (missing.Count > 0)
        {
            throw new OcrUnavailableException($"OCR 缺少語言資料 {string.Join("、", missing)}（請安裝 tesseract-ocr-chi-tra）。");
        }

        // Without osd.traineddata, psm 1 cannot detect orientation: read upright pages only (psm 3).
        return new Setup(installed.Contains("osd") ? "1" : "3");
    }

    private sealed record Setup(string PageSegmentation);
}

/// <summary>Tesseract's TSV output: level 5 rows are words, keyed to their block, paragraph and line.</summary>
internal static class TesseractTsv
{
    public static OcrPage Parse(string tsv)
    {
        var lines = new List<OcrLine>();
        var current = new List<OcrWord>();
        (string, string, string) currentKey = default;
        int width = 0, height = 0;
        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < 12 || !int.TryParse(cells[0], out var level))
            {
                continue;
            }

            var box = new OcrBox(Int(cells[6]), Int(cells[7]), Int(cells[8]), Int(cells[9]));
            if (level == 1)
            {
                (width, height) = (box.Width, box.Height);
                continue;
            }

            var text = cells[11].Trim();
            if (level != 5 || text.Length == 0)
            {
                continue;
            }

            var key = (cells[2], cells[3], cells[4]);
            if (key != currentKey && current.Count > 0)
            {
                lines.Add(new OcrLine(current, $"{currentKey.Item1}.{currentKey.Item2}"));
                current = [];
            }

            currentKey = key;
            current.Add(new OcrWord(text, box, double.Parse(cells[10], CultureInfo.InvariantCulture)));
        }

        if (current.Count > 0)
        {
            lines.Add(new OcrLine(current, $"{currentKey.Item1}.{currentKey.Item2}"));
        }

        return new OcrPage(width, height, lines);
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
