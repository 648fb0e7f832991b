using System.Globalization;

namespace DocScan.Core.Ocr;

/// <summary>
/// Tesseract 5 through its command line (Debian <c>tesseract-ocr</c>, <c>tesseract-ocr-chi-tra</c>,
/// <c>tesseract-ocr-osd</c>): orientation detection (<c>--psm 0</c>) turns pages scanned at 90/180/270°
/// upright, then <c>-l chi_tra --psm 6</c> reads Traditional Chinese with its Latin letters and digits
/// (chi_tra alone: with eng beside it, names in small print came back as Latin garbage); its TSV output
/// gives every word with its box and confidence. One process per page, one thread each
/// (<c>OMP_THREAD_LIMIT=1</c>): a host reads several documents at once instead.
/// </summary>
public sealed class TesseractOcrEngine : IOcrEngine
{
    private readonly string _executable;
    private readonly string _languages;
    private readonly Lazy<Task<Setup>> _setup;

    /// <param name="executable">The tesseract binary (default: <c>tesseract</c> on PATH).</param>
    /// <param name="languages">Traineddata to use (joined by +); each must be installed.</param>
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
        using var raster = PageRaster.Decode(png.Span) ?? throw new OcrUnavailableException("頁面影像無法解碼");

        // The page is turned upright first (orientation detection, psm 0), then read as one block of
        // text (psm 6): a ruled roster or a query screen is read row by row, where automatic layout
        // (psm 1) cuts its columns into blocks and the rows come apart.
        var turn = setup.DetectsOrientation ? await OrientationAsync(png, cancellationToken).ConfigureAwait(false) : 0;
        var page = await ReadAsync(turn == 0 ? png : raster.RotatedPng(turn), cancellationToken).ConfigureAwait(false);

        // Screens and small print too sparse for orientation detection may still lie on their side:
        // most words then stand taller than wide. Such a page is turned upright and read again.
        if (Sideways(page) is { } more)
        {
            turn = (turn + more) % 360;
            page = await ReadAsync(raster.RotatedPng(turn), cancellationToken).ConfigureAwait(false);
        }

        // The boxes are turned back, so they stay in the pixels the caller gave.
        return turn == 0
            ? page
            : new OcrPage(raster.Width, raster.Height,
                page.Lines.Select(l => l with { Words = l.Words.Select(w => w with { Box = TurnBack(w.Box, turn, raster.Width, raster.Height) }).ToList() }).ToList(),
                turn);
    }

    private async Task<OcrPage> ReadAsync(ReadOnlyMemory<byte> png, CancellationToken cancellationToken)
    {
        var (exit, output, error) = await ToolProcess.RunAsync(_executable,
            ["stdin", "stdout", "-l", _languages, "--psm", "6", "tsv"], png, cancellationToken).ConfigureAwait(false);
        if (exit != 0)
        {
            throw new OcrUnavailableException($"tesseract 結束代碼 {exit}：{ToolProcess.FirstLine(error)}");
        }

        return TesseractTsv.Parse(System.Text.Encoding.UTF8.GetString(output));
    }

    // The clockwise turn (0, 90, 180, 270) that makes the page upright, from Tesseract's orientation
    // detection; 0 when it is unsure (a screen with little text) or finds too few characters.
    private async Task<int> OrientationAsync(ReadOnlyMemory<byte> png, CancellationToken cancellationToken)
    {
        var (exit, output, _) = await ToolProcess.RunAsync(_executable, ["stdin", "stdout", "--psm", "0"], png, cancellationToken)
            .ConfigureAwait(false);
        return exit == 0 ? OsdTurn(System.Text.Encoding.UTF8.GetString(output)) : 0;
    }

    // "Rotate: 90" with "Orientation confidence: 6.05"; below 2 the detection is a guess.
    internal static int OsdTurn(string osd)
    {
        int? turn = null;
        double confidence = 0;
        foreach (var line in osd.Split('\n'))
        {
            var parts = line.Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0] == "Rotate" && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var degrees))
            {
                turn = degrees;
            }
            else if (parts.Length == 2 && parts[0] == "Orientation confidence")
            {
                double.TryParse(parts[1], CultureInfo.InvariantCulture, out confidence);
            }
        }

        return turn is 90 or 180 or 270 && confidence >= 2 ? turn.Value : 0;
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
        180 => new OcrBox(width - box.Right, height - box.Bottom, box.Width, box.Height),
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

        // Without osd.traineddata orientation is not detected: upright and sideways pages are read.
        return new Setup(installed.Contains("osd"));
    }

    private sealed record Setup(bool DetectsOrientation);
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
