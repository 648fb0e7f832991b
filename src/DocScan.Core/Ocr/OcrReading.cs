using DocScan.Core.Extraction;

namespace DocScan.Core.Ocr;

/// <summary>
/// Reads images into an extraction: image files (a multi-page TIFF page by page), images inside
/// documents, and image-only PDF pages. Each line read becomes a segment carrying its word boxes; a
/// page whose print was not read with enough confidence, or an engine that cannot run, is a problem
/// naming the page, never a silent release.
/// </summary>
internal static class OcrReading
{
    // Fewer text-like cells than this is a stamp, a rule or a speck: too little print to hold an identifier.
    private const int MinTextCells = 12;

    /// <summary>Reads an image file or an image inside a document.</summary>
    /// <param name="where">The image in a message, e.g. 「word/media/image1.png」.</param>
    /// <param name="page">The page number to give its text (1 for an image file; null for an image inside a document).</param>
    public static async Task ReadImageAsync(ExtractionContext context, ReadOnlyMemory<byte> image, string display,
        string source, string path, string where, int? page, CancellationToken cancellationToken)
    {
        if (context.Ocr is not { } ocr)
        {
            // An icon or a rule is no reason for review, with OCR or without it.
            if (PageRaster.Size(image.Span) is { } size && OcrOptions.IsTiny(size.Width, size.Height, OcrOptions.DefaultTinyImageSide, OcrOptions.DefaultTinyImageArea))
            {
                return;
            }

            context.AddProblem(ProblemCodes.NeedsOcr,
                $"「{display}」{where}是圖片，其中的文字（例如掃描的證件或名冊）無法自動檢查；請以 OCR 辨識或由人工檢查。");
            return;
        }

        try
        {
            if (PageImages.IsTiff(image.Span))
            {
                var pdf = await PageImages.TiffToPdfAsync(image, cancellationToken).ConfigureAwait(false);
                await ReadPdfPagesAsync(context, pdf, PageImages.PageSizes(pdf), display, source,
                    n => $"{path}#{n}", n => $"{where}第 {n} 頁", cancellationToken).ConfigureAwait(false);
                return;
            }

            using var raster = PageRaster.Decode(image.Span) ?? throw new ImageUnreadableException("無法解碼");
            if (ocr.IsTiny(raster.Width, raster.Height))
            {
                return;
            }

            await ReadRasterAsync(context, ocr, raster, display, source, path, where, page, cancellationToken).ConfigureAwait(false);
        }
        catch (OcrUnavailableException ex)
        {
            Unavailable(context, display, where, ex);
        }
        catch (ImageUnreadableException ex)
        {
            context.AddProblem(ProblemCodes.Corrupt, $"「{display}」{where}的圖片無法解讀（{ex.Message}），內容未檢查。");
        }
    }

    /// <summary>Reads image-only PDF pages (rendered by pdftoppm); without OCR each is needs-ocr, as before.</summary>
    /// <param name="pages">Page numbers, each with the longer side of its scanned image when known.</param>
    public static async Task ReadPdfPagesAsync(ExtractionContext context, ReadOnlyMemory<byte> pdf, IEnumerable<(int Number, int? Pixels)> pages,
        string display, string source, Func<int, string> path, Func<int, string> where, CancellationToken cancellationToken)
    {
        foreach (var (number, pixels) in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (context.Ocr is not { } ocr)
            {
                context.AddProblem(ProblemCodes.NeedsOcr,
                    $"「{display}」{where(number)}只有影像、沒有可擷取的文字（可能是掃描檔），無法檢查其內容；請以 OCR 辨識後重新送掃，或由人工檢查。");
                continue;
            }

            try
            {
                var png = await PageImages.RenderPdfPageAsync(pdf, number, pixels, ocr.PdfRenderDpi, cancellationToken).ConfigureAwait(false);
                using var raster = PageRaster.Decode(png) ?? throw new OcrUnavailableException("pdftoppm 的輸出無法解碼");
                await ReadRasterAsync(context, ocr, raster, display, source, path(number), where(number), number, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (OcrUnavailableException ex)
            {
                Unavailable(context, display, where(number), ex);
            }
        }
    }

    private static async Task ReadRasterAsync(ExtractionContext context, OcrOptions ocr, PageRaster raster, string display,
        string source, string path, string where, int? page, CancellationToken cancellationToken)
    {
        var (png, scale) = raster.ForOcr();
        var read = await ocr.Engine.RecognizeAsync(png, cancellationToken).ConfigureAwait(false);
        var lines = read.Lines
            .Select(l => l with { Words = l.Words.Select(w => w with { Text = OcrConfusions.Repair(w.Text) }).Where(w => w.Text.Length > 0).ToList() })
            .Where(l => l.Words.Count > 0)
            .ToList();
        var confident = new List<OcrBox>();
        var tables = OcrTables.Find(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            IEnumerable<(IEnumerable<IReadOnlyList<OcrWord>> Lines, CellPosition? Cell)> pieces;
            if (tables[i] is { } row)
            {
                pieces = row.Cells.Select(c => ((IEnumerable<IReadOnlyList<OcrWord>>)[c.Words], (CellPosition?)new CellPosition($"{path}#table{row.Table}", row.Row, c.Column)));
            }
            else
            {
                // A paragraph's lines are one segment: a value wrapped onto the next line stays whole.
                var first = i;
                while (i + 1 < lines.Count && tables[i + 1] is null && lines[i + 1].Paragraph == lines[first].Paragraph)
                {
                    i++;
                }

                pieces = [(lines.Skip(first).Take(i - first + 1).Select(l => l.Words), null)];
            }

            foreach (var (piece, cell) in pieces)
            {
                var (text, spans) = OcrLayout.Join(piece, scale);
                context.Add(new TextSegment(text, source, path, page, Cell: cell) { Ocr = new OcrLayout(raster.Width, raster.Height, spans) });
                confident.AddRange(spans.Where(s => s.Confidence >= ocr.MinWordConfidence).Select(s => s.Box));
            }
        }

        // A table's rules are no print left unread.
        raster.EraseRuledLines();
        var (textCells, unread) = UnreadArea.Measure(raster, confident);
        if (textCells >= MinTextCells && unread > ocr.MaxUnreadShare)
        {
            context.AddProblem(ProblemCodes.LowOcrConfidence,
                $"「{display}」{where}的影像文字約有 {unread:P0} 未能以足夠信心辨識（模糊、過小、手寫或歪斜過度），無法確認其中沒有個人資料；請人工檢查或提供清晰的掃描檔。");
        }
    }

    private static void Unavailable(ExtractionContext context, string display, string where, OcrUnavailableException ex) =>
        context.AddProblem(ProblemCodes.NeedsOcr,
            $"「{display}」{where}只有影像，OCR 無法執行（{ex.Message}），內容未檢查；請人工檢查。");
}
