using System.Runtime.CompilerServices;
using DocScan.Core.Ocr;
using DocScan.Core.Scanning;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Writer;

namespace DocScan.Core.Tests.Ocr;

/// <summary>
/// The degraded pages of Fixtures/ocr (made by tools/ocr-pages/make-pages.sh: a 公文 and a query
/// screen, scanned with noise, blur, JPEG, skew, turned 90° and 180°) and what is on them. Every ID
/// is one of SampleDocs' SyntheticIds.
/// </summary>
internal static class OcrFixtures
{
    public static readonly string[] LetterIds = ["F152601819", "A166131861", "T196030828", "E209139090"];
    public static readonly string[] LetterNames = ["林怡君", "陳志豪", "陳冠宇", "黃淑芬"];
    public static readonly string[] LetterPhones = ["0912345678", "0928765432", "0935246810"];
    public static readonly string[] LetterBirthDates = ["1989-05-12", "1987-11-03", "2016-07-21"];

    public static readonly string[] ScreenIds = ["F152601819", "A166131861", "H259083019", "K182199353", "B218190937", "R246281946"];
    public static readonly string[] ScreenNames = ["林怡君", "陳志豪", "張雅婷", "李建宏", "王美玲", "劉俊傑"];
    public static readonly string[] ScreenPhones = ["0912345678", "0928765432", "0955123456", "0919876543", "0937111222", "0983456789"];
    public static readonly string[] ScreenBirthDates = ["1989-05-12", "1987-11-03", "1992-02-28", "1980-09-09", "1996-12-25", "1983-04-18"];

    /// <summary>One scanner for all OCR tests: Tesseract probes its languages once.</summary>
    public static readonly DocumentScanner Scanner = new(new ScanOptions
    {
        IncludeValues = true,
        Ocr = new OcrOptions { Engine = new TesseractOcrEngine() },
    });

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder(), "..", "Fixtures", "ocr", name));

    // The caller's path is this file's wherever the test that reads a page lives.
    private static string Folder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;

    /// <summary>An image-only PDF, as a scanner makes it: one image per page (JPEG or PNG), no text layer.</summary>
    public static byte[] ScannedPdf(params string[] images)
    {
        var builder = new PdfDocumentBuilder();
        foreach (var image in images)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            var whole = new UglyToad.PdfPig.Core.PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height);
            if (image.EndsWith(".png", StringComparison.Ordinal))
            {
                page.AddPng(Read(image), whole);
            }
            else
            {
                page.AddJpeg(Read(image), whole);
            }
        }

        return builder.Build();
    }

    /// <summary>A 公文 whose 說明 points to a picture, stored in the package as Word stores a pasted screenshot.</summary>
    public static byte[] WordLetterWithPicture(byte[] picture)
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
