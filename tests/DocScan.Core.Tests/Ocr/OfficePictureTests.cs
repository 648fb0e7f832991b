using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;
using SkiaSharp;

namespace DocScan.Core.Tests.Ocr;

/// <summary>Pictures inside Office documents read by OCR: the first leak case, a query screen pasted into a letter.</summary>
public class OfficePictureTests
{
    [Fact]
    public async Task A_query_screen_pasted_into_a_word_letter_is_read_and_the_letter_is_not_released()
    {
        var report = await OcrFixtures.Scanner.ReportAsync(OcrFixtures.WordLetterWithPicture(OcrFixtures.Read("query-screen.png")), "查詢結果函.docx");

        Assert.NotEqual(Verdict.Release, report.Verdict);
        var ids = report.Findings.Where(f => f.Type == "national-id").ToList();
        Assert.Equal(OcrFixtures.ScreenIds.Order(), ids.Select(f => f.Value!).Order());
        Assert.All(ids, f => Assert.Equal((SegmentSources.Image, "media/image.png!/image"), (f.Location.Source, f.Location.Path)));
    }

    [Fact]
    public async Task An_unreadable_picture_in_a_word_letter_is_named_by_its_place_not_by_its_part()
    {
        var report = await OcrFixtures.Scanner.ReportAsync(OcrFixtures.WordLetterWithPicture(OcrFixtures.Read("unreadable.png")), "函.docx");

        Assert.Equal(Verdict.Review, report.Verdict);
        var problem = Assert.Single(report.Problems);
        Assert.StartsWith("「圖片「image.png」」", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("media/", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_screenshot_kept_in_an_odf_document_is_read_and_its_table_preview_is_not()
    {
        // The sample 簽稿 with a screenshot added as LibreOffice keeps pictures (Pictures/, listed in the manifest);
        // the sample presentation's Pictures/TablePreview1.svm shows a preview is skipped.
        var odt = WithPicture(File.ReadAllBytes(RepositoryRoot.Combine("sample-docs", "陳情案簽稿.odt")),
            "Pictures/10000001000003840000001A4.png", OcrFixtures.Read("query-screen.png"));

        var report = await OcrFixtures.Scanner.ReportAsync(odt, "陳情案簽稿.odt");
        var preview = await OcrFixtures.Scanner.ReportAsync(File.ReadAllBytes(RepositoryRoot.Combine("sample-docs", "業務簡報-個資保護稽核.odp")), "簡報.odp");

        var ids = report.Findings.Where(f => f.Location.Source == SegmentSources.Image && f.Type == "national-id").Select(f => f.Value!);
        Assert.Equal(OcrFixtures.ScreenIds.Order(), ids.Order());
        Assert.DoesNotContain(preview.Findings, f => f.Location.Source == SegmentSources.Image);
        Assert.DoesNotContain(preview.Problems, p => p.Message.Contains("Pictures/", StringComparison.Ordinal));
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
        var report = await OcrFixtures.Scanner.ReportAsync(OcrFixtures.WordLetterWithPicture(png.ToArray()), "函.docx");

        Assert.Equal((Verdict.Release, 0), (report.Verdict, report.Problems.Count));
    }

    [Fact]
    public async Task Without_ocr_a_screenshot_in_a_word_letter_or_an_odf_document_is_needs_ocr_naming_the_picture()
    {
        var scanner = new DocumentScanner();
        var screen = OcrFixtures.Read("query-screen.png");
        var docx = await scanner.ReportAsync(OcrFixtures.WordLetterWithPicture(screen), "查詢結果函.docx");
        var odt = await scanner.ReportAsync(WithPicture(File.ReadAllBytes(RepositoryRoot.Combine("sample-docs", "陳情案簽稿.odt")),
            "Pictures/10000001000003840000001A4.png", screen), "陳情案簽稿.odt");

        Assert.Equal(Verdict.Review, docx.Verdict);
        Assert.Contains("圖片「image.png」", Assert.Single(docx.Problems, p => p.Code == ProblemCodes.NeedsOcr).Message);
        Assert.Equal(Verdict.Review, odt.Verdict);
        Assert.Contains("圖片「10000001000003840000001A4.png」", Assert.Single(odt.Problems, p => p.Code == ProblemCodes.NeedsOcr).Message);
    }

    [Theory]
    [InlineData(30, 30)]   // a logo
    [InlineData(600, 24)]  // a rule under the letterhead
    public async Task Without_ocr_a_tiny_picture_in_a_word_letter_sends_nothing_to_review(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Navy);
        }

        using var png = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        var report = await new DocumentScanner().ReportAsync(OcrFixtures.WordLetterWithPicture(png.ToArray()), "函.docx");

        Assert.Equal((Verdict.Release, 0), (report.Verdict, report.Problems.Count));
    }

    private static byte[] WithPicture(byte[] odf, string name, byte[] picture)
    {
        using var stream = new MemoryStream();
        stream.Write(odf);
        using (var archive = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            using (var entry = archive.CreateEntry(name).Open())
            {
                entry.Write(picture);
            }

            var manifest = archive.GetEntry("META-INF/manifest.xml")!;
            string xml;
            using (var reader = new StreamReader(manifest.Open()))
            {
                xml = reader.ReadToEnd();
            }

            manifest.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("META-INF/manifest.xml").Open());
            writer.Write(xml.Replace("</manifest:manifest>",
                $"<manifest:file-entry manifest:full-path=\"{name}\" manifest:media-type=\"image/png\"/></manifest:manifest>", StringComparison.Ordinal));
        }

        return stream.ToArray();
    }
}
