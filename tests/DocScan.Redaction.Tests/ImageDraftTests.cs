using DocScan.Core.Documents;
using DocScan.Core.Ocr;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Ocr;
using DocScan.Core.Tests.Support;

namespace DocScan.Redaction.Tests;

/// <summary>
/// Drafts of scanned pages and image files: the pixels under each value are replaced, the draft is
/// read by OCR again (by the draft service's self-check, and here once more) and the boxes are
/// checked pixel by pixel. Slow: OCR runs on the original and on the draft.
/// </summary>
public class ImageDraftTests
{
    private static readonly DraftService Service = new(OcrFixtures.Scanner);

    [Fact]
    public async Task A_scanned_pdf_gets_a_draft_whose_pages_no_longer_show_the_ids()
    {
        var original = OcrFixtures.ScannedPdf("letter-scan.jpg");
        var scan = await OcrFixtures.Scanner.ScanAsync(original, "掃描公文.pdf");
        var plan = RedactionPlan.Create(scan.Findings, OcrFixtures.Scanner.Options.Rules, release: false);
        // Through the draft service, as a clerk gets it: a value only the draft's re-OCR reads is painted in a second pass.
        var result = await Service.CreateDraftsAsync(original, "掃描公文.pdf");
        Assert.True(result.Status == DraftStatus.Offered, string.Join(" / ", result.Survivors.Select(s => $"{s.Finding.Type} {s.Finding.Masked}")));
        var draft = Assert.Single(result.Files, f => f.Audience == DraftAudience.Release).Content;

        // Read by OCR again: none of the private IDs, phones or birth dates is left on the page (the agency's own phone in its letterhead stays, by design).
        var again = await OcrFixtures.Scanner.ReportAsync(draft, "掃描公文.redacted.pdf");
        Assert.DoesNotContain(again.Findings, f => f.Role == FindingRole.Private && f.Type is "national-id" or "phone" or "birth-date");
        Assert.DoesNotContain(again.Findings, f => OcrFixtures.LetterIds.Contains(f.Value));

        // Every box, read back from the draft's own page, is one flat grey: nothing of the value is left under it.
        var masks = plan.ImageMasksAt("page/1");
        Assert.NotEmpty(masks);
        var png = await PageImages.RenderPdfPageAsync(draft, 1, masks[0].ImageWidth, masks[0].ImageHeight, CancellationToken.None);
        using var page = PageRaster.Decode(png)!;
        AssertFlat(page, masks, tolerance: 3);

        // The draft is the page image alone: no scan under it, no text layer, no document properties.
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(draft);
        Assert.Single(pdf.GetPage(1).GetImages());
        Assert.Empty(pdf.GetPage(1).Letters);
        Assert.Null(pdf.Information.Title);
    }

    [Fact]
    public async Task A_scanned_image_gets_a_draft_without_the_values_and_without_metadata()
    {
        var original = OcrFixtures.Read("letter-scan.jpg");
        var scan = await OcrFixtures.Scanner.ScanAsync(original, "掃描公文.jpg");
        var masks = RedactionPlan.Create(scan.Findings, OcrFixtures.Scanner.Options.Rules, release: false).ImageMasksAt("image");
        var result = await Service.CreateDraftsAsync(original, "掃描公文.jpg");

        // Offered means the self-check read the draft by OCR again and found nothing to redact.
        Assert.True(result.Status == DraftStatus.Offered, string.Join(" / ", result.Survivors.Select(s => $"{s.Finding.Type} {s.Finding.Masked}")));
        var draft = Assert.Single(result.Files, f => f.Audience == DraftAudience.Release).Content;
        using var image = PageRaster.Decode(draft)!;
        AssertFlat(image, masks, tolerance: 12); // JPEG: a flat box stays within a few levels
        var bytes = System.Text.Encoding.Latin1.GetString(draft);
        Assert.DoesNotContain("Exif", bytes);
        Assert.DoesNotContain("http://ns.adobe.com/xap", bytes);
    }

    [Fact]
    public async Task A_query_screen_pasted_into_a_word_letter_is_painted_over_in_its_draft()
    {
        var original = OcrFixtures.WordLetterWithPicture(OcrFixtures.Read("query-screen.png"));
        var scan = await OcrFixtures.Scanner.ScanAsync(original, "查詢結果函.docx");
        var masks = RedactionPlan.Create(scan.Findings, OcrFixtures.Scanner.Options.Rules, release: false).ImageMasksAt("media/image.png!/image");
        var result = await Service.CreateDraftsAsync(original, "查詢結果函.docx");

        // Offered: the self-check read the picture in the draft by OCR again and found nothing to redact.
        Assert.True(result.Status == DraftStatus.Offered, string.Join(" / ", result.Survivors.Select(s => $"{s.Finding.Type} {s.Finding.Masked}")));
        Assert.NotEmpty(masks);
        var draft = Assert.Single(result.Files, f => f.Audience == DraftAudience.Release).Content;
        using var package = new System.IO.Compression.ZipArchive(new MemoryStream(draft));
        using var picture = new MemoryStream();
        using (var entry = package.GetEntry("media/image.png")!.Open())
        {
            entry.CopyTo(picture);
        }

        using var image = PageRaster.Decode(picture.ToArray())!;
        AssertFlat(image, masks, tolerance: 0);
    }

    [Fact]
    public async Task A_multi_page_tiff_gets_a_draft_painted_page_by_page_that_keeps_none_of_its_tags()
    {
        var original = OcrFixtures.Read("two-pages.tif");
        var scan = await OcrFixtures.Scanner.ScanAsync(original, "附件.tif");
        var plan = RedactionPlan.Create(scan.Findings, OcrFixtures.Scanner.Options.Rules, release: false);
        var result = await Service.CreateDraftsAsync(original, "附件.tif");

        // Offered: the self-check read every page of the draft by OCR again and found nothing to redact.
        Assert.True(result.Status == DraftStatus.Offered, string.Join(" / ", result.Problems.Concat(result.Survivors.Select(s => $"{s.Finding.Type} {s.Finding.Masked}"))));
        var draft = Assert.Single(result.Files, f => f.Audience == DraftAudience.Release).Content;
        var again = await OcrFixtures.Scanner.ReportAsync(draft, "附件.redacted.tif");
        Assert.DoesNotContain(again.Findings, f => f.Type == "national-id");

        // Both pages, each painted where its values were.
        var pdf = await PageImages.TiffToPdfAsync(draft, CancellationToken.None);
        foreach (var number in new[] { 1, 2 })
        {
            var masks = plan.ImageMasksAt($"image#{number}");
            Assert.NotEmpty(masks);
            var png = await PageImages.RenderPdfPageAsync(pdf, number, masks[0].ImageWidth, masks[0].ImageHeight, CancellationToken.None);
            using var page = PageRaster.Decode(png)!;
            AssertFlat(page, masks, tolerance: 3);
        }

        // Only the tags that show the pixels: the original's resolution, page numbers, colour data and the rest are gone.
        Assert.Equal([[256, 257, 258, 259, 262, 273, 277, 278, 279], [256, 257, 258, 259, 262, 273, 277, 278, 279]], TiffTags(draft));
    }

    /// <summary>The tag numbers of each page (IFD) of a little-endian TIFF.</summary>
    private static List<List<int>> TiffTags(byte[] tiff)
    {
        Assert.True(tiff.AsSpan().StartsWith("II*\0"u8));
        var pages = new List<List<int>>();
        for (var ifd = (int)BitConverter.ToUInt32(tiff, 4); ifd != 0; ifd = (int)BitConverter.ToUInt32(tiff, ifd + 2 + 12 * BitConverter.ToUInt16(tiff, ifd)))
        {
            pages.Add(Enumerable.Range(0, BitConverter.ToUInt16(tiff, ifd)).Select(i => (int)BitConverter.ToUInt16(tiff, ifd + 2 + 12 * i)).ToList());
        }

        return pages;
    }

    private static void AssertFlat(PageRaster raster, IReadOnlyList<ImageMask> masks, int tolerance)
    {
        var pixels = raster.Pixels;
        foreach (var mask in masks)
        {
            var box = mask.Box.Scale((double)raster.Width / mask.ImageWidth);
            for (var y = box.Top + 1; y < box.Bottom - 1; y++)
            {
                for (var x = box.Left + 1; x < box.Right - 1; x++)
                {
                    Assert.InRange(pixels[y * raster.RowBytes + x], PageRaster.RedactionGrey - tolerance, PageRaster.RedactionGrey + tolerance);
                }
            }
        }
    }
}
