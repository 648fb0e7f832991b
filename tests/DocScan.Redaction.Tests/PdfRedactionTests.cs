using System.Text.Json;
using DocScan.Redaction;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DocScan.Redaction.Tests;

/// <summary>
/// PDF drafts are true redactions: the values are gone from the page content (PdfPig, pdftotext and
/// the raw streams agree), black boxes are drawn exactly where they were (rendered with pdftoppm), and
/// everything else stays where it was. A page that cannot be rewritten exactly sends the draft to review.
/// </summary>
public sealed class PdfRedactionTests
{
    private static readonly string[] Letter =
    [
        "Case reference 113-0042 review summary.",
        "Applicant ID F152601819 filed on 2024/05/14.",
        "Contact phone 0912-345-678 for the hearing.",
        "The committee approved the request unanimously.",
    ];

    [Fact]
    public async Task Values_are_taken_out_of_the_page_and_black_boxes_drawn_where_they_were()
    {
        var original = PdfTestDocuments.Pages(Letter, ["Page two keeps its text: budget review 2024."]);

        var result = await new DraftService(new DocumentScanner()).CreateDraftsAsync(original, "hearing.pdf");

        Assert.Equal(DraftStatus.Offered, result.Status);
        var draft = Assert.Single(result.Files, f => f.Audience == DraftAudience.Release).Content;
        await AssertBoxedAsync(original, draft, 1, ["F152601819", "0912-345-678"], ["Case reference 113-0042 review summary.", "The committee approved"]);

        var text = await IndependentReader.PdfToTextAsync(draft);
        Assert.DoesNotContain("F152601819", text);
        Assert.DoesNotContain("0912", text);
        Assert.Contains("Applicant ID", text);
        Assert.Contains("filed on 2024/05/14.", text);
        Assert.Contains("Page two keeps its text: budget review 2024.", text);
    }

    public static TheoryData<string> RedactedSamplePdfs()
    {
        var samples = RepositoryRoot.Combine("sample-docs");
        using var expected = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("tests", "sample-docs.expected.json")));
        var data = new TheoryData<string>();
        foreach (var document in expected.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = document.GetProperty("file").GetString()!;
            // Scans (pages that are only an image) are painted, not boxed: SampleDraftTests reads them with OCR.
            if (file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && document.GetProperty("verdict").GetString() is "redact" or "dual-draft"
                && HasTextLayer(Path.Combine(samples, file)))
            {
                data.Add(file);
            }
        }

        return data;
    }

    private static bool HasTextLayer(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return pdf.GetPages().Any(page => page.Letters.Count > 0);
    }

    [Theory]
    [MemberData(nameof(RedactedSamplePdfs))]
    public async Task Sample_pdfs_get_boxes_where_their_values_were(string file)
    {
        var original = await File.ReadAllBytesAsync(RepositoryRoot.Combine("sample-docs", file));
        var scan = await new DocumentScanner().ScanAsync(original, file);
        var result = await new DraftService(new DocumentScanner()).CreateDraftsAsync(original, file, scan);

        Assert.Equal(DraftStatus.Offered, result.Status);
        var draft = Assert.Single(result.Files, f => f.Audience == DraftAudience.Release).Content;
        foreach (var page in scan.Findings.Where(f => f.Segment.Page is not null && f.Segment.Source == "page").GroupBy(f => f.Segment.Page!.Value))
        {
            var values = page.Select(f => f.Segment.Text.Substring(f.Start, f.Length)).Distinct().ToList();
            await AssertBoxedAsync(original, draft, page.Key, values, []);
        }
    }

    [Fact]
    public async Task A_value_wrapped_onto_the_next_line_is_found_and_taken_out_of_both_lines()
    {
        var original = PdfTestDocuments.Pages(
        [
            "Case reference 113-0042: the applicant, national ID F1526",
            "01819, asked for a copy of the hearing record.",
            "Contact phone 0912-345-678 for the hearing.",
        ]);

        var result = await new DraftService(new DocumentScanner()).CreateDraftsAsync(original, "hearing.pdf");

        Assert.Equal(DraftStatus.Offered, result.Status);
        var draft = Assert.Single(result.Files, f => f.Audience == DraftAudience.Release).Content;
        var text = await IndependentReader.PdfToTextAsync(draft);
        Assert.DoesNotContain("F1526", text);
        Assert.DoesNotContain("01819", text);
        Assert.Contains("asked for a copy of the hearing record.", text);
        Assert.Contains("Case reference 113-0042: the applicant, national ID", text);
    }

    [Fact]
    public async Task Glyphs_after_a_removed_value_keep_their_place_under_character_and_word_spacing()
    {
        // A TJ array with kerning, character spacing and word spacing: the pen movement of every removed glyph must be exact.
        var content = "BT /F1 11 Tf 2 Tc 3 Tw 72 760 Td [(Applicant ) -120 (F152601819) 80 ( filed late.)] TJ 0 -20 Td (Second line stays.) Tj ET";
        var original = PdfTestDocuments.WithContent(content);

        var result = await new DraftService(new DocumentScanner()).CreateDraftsAsync(original, "spacing.pdf");

        Assert.True(result.Status == DraftStatus.Offered, string.Join("\n", result.Problems));
        var draft = Assert.Single(result.Files, f => f.Audience == DraftAudience.Release).Content;
        var before = Letters(original, 1).Where(l => l.Value != " ").ToList();
        var after = Letters(draft, 1).Where(l => l.Value != " ").ToList();
        Assert.Equal(string.Concat(before.Select(l => l.Value)).Replace("F152601819", ""), string.Concat(after.Select(l => l.Value)));
        var kept = before.Where(l => !"F152601819".Contains(l.Value) || l.StartBaseLine.X > 250 || l.StartBaseLine.Y < 750).ToList();
        foreach (var letter in after)
        {
            Assert.Contains(kept, k => k.Value == letter.Value && Math.Abs(k.StartBaseLine.X - letter.StartBaseLine.X) < 0.01
                && Math.Abs(k.StartBaseLine.Y - letter.StartBaseLine.Y) < 0.01);
        }
    }

    [Theory]
    [InlineData("/MediaBox [0 0 595 842] /Rotate 90")]
    [InlineData("/MediaBox [0 0 595 842] /Rotate 270 /CropBox [40 60 560 800]")]
    [InlineData("/MediaBox [100 100 695 942]")]
    [InlineData("/MediaBox [0 0 842 595] /Rotate 180")]
    public async Task Boxes_land_on_the_value_on_rotated_and_shifted_pages(string geometry)
    {
        var pdf = PdfTestDocuments.WithContent("BT /F1 12 Tf 172 500 Td (Applicant ID F152601819 filed late.) Tj ET", geometry);

        var result = await new DraftService(new DocumentScanner()).CreateDraftsAsync(pdf, "rotated.pdf");

        Assert.Equal(DraftStatus.Offered, result.Status);
        var draft = Assert.Single(result.Files, f => f.Audience == DraftAudience.Release).Content;
        await AssertBoxedAsync(pdf, draft, 1, ["F152601819"], ["Applicant ID", "filed late."]);
    }

    [Fact]
    public async Task Replacement_text_for_screen_readers_goes_with_the_glyphs()
    {
        var content = "BT /F1 12 Tf 72 760 Td (Applicant ID ) Tj /Span << /ActualText (F152601819) >> BDC (F152601819) Tj EMC ( filed late.) Tj ET";
        var pdf = PdfTestDocuments.WithContent(content);

        var (_, draft) = await DraftTestSupport.DraftAsync(pdf, "actualtext.pdf");

        await DraftTestSupport.AssertNoneOfAsync(draft, "actualtext.pdf", "F152601819");
        Assert.Contains("filed late.", await IndependentReader.PdfToTextAsync(draft));
    }

    [Fact]
    public async Task Text_drawn_inside_a_form_xobject_sends_the_draft_to_review_rather_than_covering_it()
    {
        var form = RawPdfWriter.Stream("BT /F1 12 Tf 72 700 Td (Applicant ID F152601819) Tj ET",
            "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>");
        var pdf = RawPdfWriter.Build(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Fm1 6 0 R >> >> /Contents 5 0 R >>",
            RawPdfWriter.HelveticaFont,
            RawPdfWriter.Stream("BT /F1 12 Tf 72 760 Td (Hearing notice for the applicant.) Tj ET q /Fm1 Do Q"),
            form,
        ]);

        var result = await new DraftService(new DocumentScanner()).CreateDraftsAsync(pdf, "form.pdf");

        Assert.Equal(DraftStatus.Review, result.Status);
        Assert.Contains(result.Problems, p => p.Contains("第 1 頁") && p.Contains("表單物件"));
        Assert.DoesNotContain(result.Files, f => f.Audience != DraftAudience.Report);
    }

    [Fact]
    public async Task Document_properties_and_annotations_do_not_reach_the_draft()
    {
        var pdf = RawPdfWriter.OnePage("Hearing notice for the applicant.",
            [$"<< /Author {RawPdfWriter.Text("F152601819")} /Title {RawPdfWriter.Text("Hearing notice")} >>",
             $"<< /Type /Annot /Subtype /Text /Rect [72 700 90 718] /Contents {RawPdfWriter.Text("Applicant F152601819")} >>"],
            pageEntries: "/Annots [7 0 R]", trailerEntries: "/Info 6 0 R");

        var result = await new DraftService(new DocumentScanner()).CreateDraftsAsync(pdf, "notice.pdf");

        Assert.Equal(DraftStatus.Offered, result.Status);
        var draft = Assert.Single(result.Files, f => f.Audience == DraftAudience.Release).Content;
        var texts = await IndependentReader.ReadAsync(draft, "notice.pdf");
        Assert.DoesNotContain(texts, t => DraftExpectations.Compact(t).Contains("F152601819") || t.Contains(RawPdfWriter.Text("F152601819")[1..^1]));
        Assert.Contains(texts, t => t.Contains("Hearing notice for the applicant."));
    }

    /// <summary>Each value's glyphs on the original page are black in the draft (and were not before); the kept phrases are not covered.</summary>
    private static async Task AssertBoxedAsync(byte[] original, byte[] draft, int page, IReadOnlyList<string> values, IReadOnlyList<string> keptPhrases)
    {
        var letters = Letters(original, page);
        var height = PageHeight(original, page);
        var before = await PageImage.RenderAsync(original, page, height);
        var after = await PageImage.RenderAsync(draft, page, height);
        foreach (var value in values)
        {
            var area = Area(letters, value);
            Assert.True(after.DarkShare(area) > 0.95, $"page {page}: no black box over a value ({after.DarkShare(area):P0} dark)");
            Assert.True(before.DarkShare(area) < 0.6, $"page {page}: the original was already dark there");
        }

        foreach (var phrase in keptPhrases)
        {
            var area = Area(letters, phrase);
            Assert.True(after.DarkShare(area) < 0.6, $"page {page}: a kept phrase is covered");
            Assert.True(Math.Abs(after.DarkShare(area) - before.DarkShare(area)) < 0.02, $"page {page}: a kept phrase changed");
        }
    }

    /// <summary>The glyph area of a text on the page, found by its letters (white space ignored), shrunk a little so edges do not count.</summary>
    private static PdfRectangle Area(IReadOnlyList<Letter> letters, string text)
    {
        var wanted = DraftExpectations.Compact(text);
        var compact = letters.Select(l => DraftExpectations.Compact(l.Value)).ToList();
        for (var i = 0; i < letters.Count; i++)
        {
            var joined = "";
            for (var j = i; j < letters.Count && joined.Length < wanted.Length; j++)
            {
                joined += compact[j];
                if (joined == wanted)
                {
                    var span = letters.Skip(i).Take(j - i + 1).Where(l => l.Value.Trim().Length > 0).Select(l => l.BoundingBox).ToList();
                    return new PdfRectangle(span.Min(b => b.Left) + 0.5, span.Min(b => b.Bottom) + 0.5, span.Max(b => b.Right) - 0.5, span.Max(b => b.Top) - 0.5);
                }
            }
        }

        throw new InvalidOperationException("text not found on the original page");
    }

    private static IReadOnlyList<Letter> Letters(byte[] pdf, int page)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPage(page).Letters.ToList();
    }

    private static double PageHeight(byte[] pdf, int page)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPage(page).Height; // as shown: rotated, from the visible box's corner, as pdftoppm renders it
    }
}
