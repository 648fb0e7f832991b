using System.IO.Compression;
using System.Text;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Scanning;

namespace DocScan.Core.Tests.Extraction;

/// <summary>
/// Pages whose text PdfPig reads past quietly (a damaged compressed stream, glyphs without a Unicode
/// mapping) must make a problem that names the page; intact pages beside them are still read.
/// </summary>
public sealed class PdfCompletenessTests
{
    // Glyph names outside the Adobe Glyph List and no ToUnicode map: the codes cannot become text, as in
    // files whose producer subset a font and dropped its map.
    private const string FontWithoutUnicode =
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /Differences [65 /g17 /g18 /g19 /g20 /g21 /g22 /g23 /g24 /g25 /g26] >> >>";

    [Fact]
    public async Task GlyphsWithoutUnicode_AreUnreadableText_NamingThePage()
    {
        var pdf = ThreePages(middleFont: FontWithoutUnicode, middleContent: RawPdfWriter.Stream("BT /F1 12 Tf 72 760 Td (ABCDEFGHIJ) Tj ET"));

        var (context, report) = await ExtractAndScanAsync(pdf);

        var problem = Assert.Single(context.Problems);
        Assert.Equal(ProblemCodes.UnreadableText, problem.Code);
        Assert.Contains("第 2 頁", problem.Message);
        Assert.Contains(context.Segments, s => s.Page == 1 && s.Text.Contains("A166131861"));
        Assert.Contains(context.Segments, s => s.Page == 3 && s.Text.Contains("E209139090"));
        Assert.Equal(Verdict.Review, report.Verdict);
    }

    [Fact]
    public async Task OneUnmappedOrnament_IsNotAProblem()
    {
        // A lone decorative glyph the producer left unmapped (a bullet before a list item) hides no data.
        var pdf = ThreePages(middleFont: FontWithoutUnicode,
            middleContent: RawPdfWriter.Stream("BT /F1 12 Tf 72 760 Td (A) Tj ET BT /F2 12 Tf 90 760 Td (Shuoming yi) Tj ET"));

        var (context, _) = await ExtractAndScanAsync(pdf);

        Assert.Empty(context.Problems);
    }

    [Fact]
    public async Task CompressedContent_IsReadWithoutProblems()
    {
        var pdf = ThreePages(middleContent: FlateStream("BT /F2 12 Tf 72 760 Td (Shenqingren: Wang Xiaoming B120528639) Tj ET"));

        var (context, _) = await ExtractAndScanAsync(pdf);

        Assert.Empty(context.Problems);
        Assert.Contains(context.Segments, s => s.Page == 2 && s.Text.Contains("B120528639"));
    }

    [Fact]
    public async Task DamagedCompressedContent_IsCorrupt_NamingThePage()
    {
        var content = "BT /F2 12 Tf 72 760 Td (Shenqingren: Wang Xiaoming B120528639) Tj ET";
        var pdf = ThreePages(middleContent: FlateStream(content, damageAt: 0.6));

        var (context, report) = await ExtractAndScanAsync(pdf);

        var problem = Assert.Single(context.Problems, p => p.Code == ProblemCodes.Corrupt);
        Assert.Contains("第 2 頁", problem.Message);
        Assert.Contains(context.Segments, s => s.Page == 3 && s.Text.Contains("E209139090"));
        Assert.Equal(Verdict.Review, report.Verdict);
    }

    [Theory]
    [InlineData(new[] { 3 }, "第 3 頁")]
    [InlineData(new[] { 1, 2, 3, 7 }, "第 1–3、7 頁")]
    [InlineData(new[] { 2, 4, 5 }, "第 2、4–5 頁")]
    public void Pages_AreNamedAsRunsOfConsecutivePages(int[] pages, string expected) =>
        Assert.Equal(expected, PdfPageCompleteness.Pages(pages));

    /// <summary>Pages 1 and 3 are intact Helvetica pages; page 2 has its own font /F1 (and Helvetica as /F2) and content.</summary>
    private static byte[] ThreePages(string middleContent, string middleFont = RawPdfWriter.HelveticaFont) => RawPdfWriter.Build(
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 6 0 R 9 0 R] /Count 3 >>",
        RawPdfWriter.HelveticaPage(2, 4, 5),
        RawPdfWriter.HelveticaFont,
        RawPdfWriter.TextContent("Page one Shenfenzheng A166131861"),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 7 0 R /F2 4 0 R >> >> /Contents 8 0 R >>",
        middleFont,
        middleContent,
        RawPdfWriter.HelveticaPage(2, 4, 10),
        RawPdfWriter.TextContent("Page three Shenfenzheng E209139090"),
    ]);

    /// <summary>A Flate stream object; <paramref name="damageAt"/> flips a bit that far into the compressed data.</summary>
    private static string FlateStream(string content, double? damageAt = null)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(Encoding.Latin1.GetBytes(content));
        }

        var data = buffer.ToArray();
        if (damageAt is { } share)
        {
            data[(int)(data.Length * share)] ^= 0x10;
        }

        return $"<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n{Encoding.Latin1.GetString(data)}\nendstream";
    }

    private static async Task<(ExtractionResult Extraction, DocScan.Core.Reporting.ScanReport Report)> ExtractAndScanAsync(byte[] pdf)
    {
        var extraction = await DocumentExtractor.CreateDefault().ExtractAsync(pdf, "陳情案調查報告.pdf", new ScanLimits(), CancellationToken.None);
        var report = await new DocumentScanner().ReportAsync(pdf, "陳情案調查報告.pdf");
        return (extraction, report);
    }
}
