using System.Runtime.CompilerServices;
using DocScan.Core.Extraction;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DocScan.Core.Tests.Extraction;

public sealed class PdfPageReaderTests
{
    // A standard font has no program: it weighs the reader's per-font overhead alone (16 KiB).
    private const long ThreeFonts = 40 * 1024;

    [Fact]
    public void PagesWithFontsOfTheirOwn_AreReadFromReopenedDocuments_WithTheSameText()
    {
        // As in a file joined from case files: every page brings a font of its own.
        var builder = new PdfDocumentBuilder();
        for (var i = 1; i <= 8; i++)
        {
            var font = builder.AddStandard14Font(Standard14Font.Helvetica);
            builder.AddPage(PageSize.A4).AddText($"Case {i}: Shenqingren A166131861", 12, new PdfPoint(72, 760), font);
        }

        var pdf = builder.Build();

        using var reader = new PdfPageReader(() => PdfDocument.Open(pdf), ThreeFonts);
        AssertSameTextAsOneDocument(pdf, reader);
        Assert.InRange(reader.Reopenings, 2, 4);
    }

    [Fact]
    public void FontOnEveryPage_IsNotParsedAgainForEveryNewFont()
    {
        // Every page draws the CJK letter (one embedded TrueType font of 41 KB, shared by all pages, more
        // than the budget alone) and a line in a standard font of its own. Reopening for every new font
        // would parse the CJK font again on every page; it is let go only once half a budget's worth of
        // other fonts has come in.
        using var letter = PdfDocument.Open(Fixture("cjk-letter.pdf"));
        var builder = new PdfDocumentBuilder();
        for (var i = 1; i <= 6; i++)
        {
            var font = builder.AddStandard14Font(Standard14Font.Helvetica);
            builder.AddPage(letter, 1).AddText($"Page {i}", 9, new PdfPoint(280, 30), font);
        }

        var pdf = builder.Build();

        using var reader = new PdfPageReader(() => PdfDocument.Open(pdf), ThreeFonts);
        AssertSameTextAsOneDocument(pdf, reader);
        Assert.Equal(2, reader.Reopenings);
    }

    [Fact]
    public void SmallDocument_IsReadFromOneDocument()
    {
        var pdf = Fixture("cjk-letter.pdf");

        using var reader = new PdfPageReader(() => PdfDocument.Open(pdf));
        AssertSameTextAsOneDocument(pdf, reader);
        Assert.Equal(0, reader.Reopenings);
    }

    private static void AssertSameTextAsOneDocument(byte[] pdf, PdfPageReader reader)
    {
        using var whole = PdfDocument.Open(pdf);
        for (var number = 1; number <= whole.NumberOfPages; number++)
        {
            var expected = ContentOrderTextExtractor.GetText(whole.GetPage(number));
            Assert.NotEmpty(expected);
            Assert.Equal(expected, ContentOrderTextExtractor.GetText(reader.GetPage(number)));
        }
    }

    private static byte[] Fixture(string name, [CallerFilePath] string thisFile = "") =>
        File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Fixtures", "pdf", name));
}
