using DocScan.Core.Formats;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace DocScan.Redaction.Pdf;

/// <summary>
/// PDF: true redaction. The text of every value is removed from the page's content stream and a black
/// box is drawn where it was; the draft is a new file built from the pages alone, so document
/// properties, XMP, annotations, form fields, bookmarks and embedded files are left behind. A page
/// whose text cannot be rewritten exactly is refused: the draft goes to review, never a box over live text.
/// </summary>
internal sealed class PdfDraftWriter : IDraftWriter
{
    // How far a kept letter may move when its page is rewritten, in points: rounding, not layout.
    private const double PositionTolerance = 0.05;

    public bool CanWrite(FileFormat format) => format is FileFormat.Pdf;

    public Task<byte[]> WriteAsync(DraftInput input, CancellationToken cancellationToken)
    {
        using var document = PdfDocument.Open(input.Content, new ParsingOptions { UseLenientParsing = false });
        var rewritten = new Dictionary<int, (byte[] Content, IReadOnlyList<Letter> Kept, int Boxes)>();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            if (PdfLetterMatcher.Find(page.Letters, input.Plan) is not { } redaction)
            {
                continue;
            }

            var (content, refusal) = PdfContentRewriter.Rewrite(document, page, redaction);
            if (content is null)
            {
                input.Log.Refuse($"「{input.Display}」第 {number} 頁無法安全地移除文字（{refusal}），須由人工遮蔽。");
                continue;
            }

            var kept = page.Letters.Where((_, i) => !redaction.Letters.Contains(i)).ToList();
            rewritten[number] = (content, kept, redaction.Boxes.Count);
        }

        var draft = Build(document, rewritten.ToDictionary(p => p.Key, p => p.Value.Content));
        Verify(draft, rewritten.ToDictionary(p => p.Key, p => p.Value.Kept), input);
        foreach (var (number, (_, _, boxes)) in rewritten.OrderBy(p => p.Key))
        {
            input.Log.Note($"「{input.Display}」第 {number} 頁：已自頁面內容移除 {boxes} 處文字，並以黑框標示原位置。");
        }

        input.Log.Note($"「{input.Display}」：草稿只保留頁面內容，文件摘要資訊、XMP、註解、表單欄位、書籤與內嵌檔案不帶入。");
        return Task.FromResult(draft);
    }

    private static byte[] Build(PdfDocument document, Dictionary<int, byte[]> contents)
    {
        var writer = new RedactingTokenWriter();
        using var output = new MemoryStream();
        using (var builder = new PdfDocumentBuilder(output, false, PdfWriterType.Default, document.Version, tokenWriter: writer)
        {
            IncludeDocumentInformation = false,
        })
        {
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                writer.Replacement = contents.GetValueOrDefault(number);
                builder.AddPage(document, number, new PdfDocumentBuilder.AddPageOptions { KeepAnnotations = false });
                writer.Replacement = null;
            }
        }

        return output.ToArray();
    }

    /// <summary>Every letter that was kept must be drawn exactly where it was: otherwise the rewrite misread the page.</summary>
    private static void Verify(byte[] draft, Dictionary<int, IReadOnlyList<Letter>> kept, DraftInput input)
    {
        using var document = PdfDocument.Open(draft, new ParsingOptions { UseLenientParsing = false });
        foreach (var (number, expected) in kept)
        {
            var actual = document.GetPage(number).Letters;
            var same = actual.Count == expected.Count && actual.Zip(expected).All(pair =>
                pair.First.Value == pair.Second.Value
                && Math.Abs(pair.First.StartBaseLine.X - pair.Second.StartBaseLine.X) <= PositionTolerance
                && Math.Abs(pair.First.StartBaseLine.Y - pair.Second.StartBaseLine.Y) <= PositionTolerance);
            if (!same)
            {
                input.Log.Refuse($"「{input.Display}」第 {number} 頁重寫後其餘文字的位置與原稿不符，無法確認遮蔽正確，須由人工遮蔽。");
            }
        }
    }
}
