using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SkiaSharp;

namespace DocScan.Core.Tests.Ocr;

/// <summary>Pictures inside Office documents read by OCR: the first leak case, a query screen pasted into a letter.</summary>
public class OfficePictureTests
{
    [Fact]
    public async Task A_query_screen_pasted_into_a_word_letter_is_read_and_the_letter_is_not_released()
    {
        var report = await OcrFixtures.Scanner.ReportAsync(Letter(OcrFixtures.Read("query-screen.png")), "查詢結果函.docx");

        Assert.NotEqual(Verdict.Release, report.Verdict);
        var ids = report.Findings.Where(f => f.Type == "national-id").ToList();
        Assert.Equal(OcrFixtures.ScreenIds.Order(), ids.Select(f => f.Value!).Order());
        Assert.All(ids, f => Assert.Equal((SegmentSources.Image, "media/image.png"), (f.Location.Source, f.Location.Path)));
    }

    [Fact]
    public async Task A_small_logo_in_a_word_letter_is_not_read_and_sends_nothing_to_review()
    {
        using var bitmap = new SKBitmap(30, 30);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Navy);
        }

        using var png = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        var report = await OcrFixtures.Scanner.ReportAsync(Letter(png.ToArray()), "函.docx");

        Assert.Equal((Verdict.Release, 0), (report.Verdict, report.Problems.Count));
    }

    // A 公文 whose 說明 points to the picture, the picture stored in word/media as Word stores a pasted screenshot.
    private static byte[] Letter(byte[] picture)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("臺北市政府社會局　函"))),
                new Paragraph(new Run(new Text("主旨：檢送本局承保資料查詢結果1份，請查照。"))),
                new Paragraph(new Run(new Text("說明：查詢畫面如附圖。")))));
            var image = main.AddImagePart(ImagePartType.Png);
            using var content = new MemoryStream(picture);
            image.FeedData(content);
        }

        return stream.ToArray();
    }
}
