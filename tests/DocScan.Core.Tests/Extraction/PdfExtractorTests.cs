using System.Runtime.CompilerServices;
using System.Text;
using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using DocScan.Core.Scanning;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DocScan.Core.Tests.Extraction;

public sealed class PdfExtractorTests
{
    private readonly List<(int Depth, string Name, byte[] Content)> _nested = [];

    [Fact]
    public async Task IdOnThirdPage_IsLocatedOnPage3()
    {
        var pdf = BuildPdf(
            ["Fawen zihao: Beishi shezhu zi di 1130012345 hao", "Zhuzhi: jiansong shenqing ziliao"],
            ["Shuoming: yi, ben an xi yi shenqing ban li."],
            ["Shenqingren: Wang Xiaoming", "Shenfenzheng tongyi bianhao: H259083019"]);

        var context = await ExtractAsync(pdf);

        var id = Assert.Single(context.Segments, s => s.Text.Contains("H259083019"));
        Assert.Equal("Shenfenzheng tongyi bianhao: H259083019", id.Text);
        Assert.Equal(SegmentSources.Page, id.Source);
        Assert.Equal("page/3", id.Path);
        Assert.Equal(3, id.Page);
        Assert.False(id.Hidden);
        Assert.Contains(context.Segments, s => s.Page == 1 && s.Text.StartsWith("Fawen zihao"));
        Assert.Empty(context.Problems);
    }

    [Fact]
    public async Task CjkLetter_KeepsLinesApart_WithoutSpacesBetweenCharacters()
    {
        // Fixtures/pdf/cjk-letter.pdf: one A4 page written with PdfDocumentBuilder and the AR PL
        // ShanHeiSun (bsmi00lp.ttf) TrueType font, one AddText per line, and "承辦人林美玲" placed glyph
        // by glyph 18 pt apart, which PdfPig's extractor reads as "承 辦 人 林 美 玲".
        var context = await ExtractAsync(Fixture("cjk-letter.pdf"));

        var texts = context.Segments.Select(s => s.Text).ToList();
        Assert.Contains("身分證統一編號：F152601819", texts);
        Assert.Contains("受文者：王小明君", texts);
        Assert.Contains("地址：臺北市中正區重慶南路一段122號", texts);
        Assert.Contains("承辦人林美玲", texts);
        Assert.All(context.Segments.Where(s => s.Source == SegmentSources.Page), s => Assert.Equal(1, s.Page));
        Assert.Empty(context.Problems);
    }

    [Fact]
    public async Task ImageOnlyPage_NeedsOcr_AndOtherPagesAreStillRead()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("Shenqingren: Wang Xiaoming A166131861", 12, new PdfPoint(72, 760), font);
        builder.AddPage(PageSize.A4).AddPng(TinyPng.Create(16, 16), new PdfRectangle(0, 0, 595, 842));
        builder.AddPage(PageSize.A4).AddText("Lianluoren: Lin Meiling E209139090", 12, new PdfPoint(72, 760), font);

        var context = await ExtractAsync(builder.Build());

        var problem = Assert.Single(context.Problems);
        Assert.Equal(ProblemCodes.NeedsOcr, problem.Code);
        Assert.Contains("第 2 頁", problem.Message);
        Assert.Contains(context.Segments, s => s.Page == 1 && s.Text.Contains("A166131861"));
        Assert.Contains(context.Segments, s => s.Page == 3 && s.Text.Contains("E209139090"));
    }

    [Fact]
    public async Task PageWithImageAndRealText_DoesNotNeedOcr()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(TinyPng.Create(8, 8), new PdfRectangle(72, 780, 120, 828));
        page.AddText("Zhuzhi: jiansong 113 niandu buzhu shenqing shenhe jieguo, qing chazhao.", 12, new PdfPoint(72, 740), font);

        var context = await ExtractAsync(builder.Build());

        Assert.Empty(context.Problems);
    }

    [Theory]
    [InlineData(0.6)]
    [InlineData(0.8)]
    [InlineData(0.97)]
    public async Task TruncatedPdf_IsNeverSilentlyClean(double keep)
    {
        var pdf = BuildPdf(["Page one T196030828"], ["Page two"], ["Page three R246281946"]);

        await AssertCorruptAsync(pdf[..(int)(pdf.Length * keep)]);
    }

    [Fact]
    public async Task TruncatedLinearizedPdf_IsReportedCorrupt()
    {
        // Fixtures/pdf/linearized.pdf: a 3-page document run through `qpdf --linearize`. Its first
        // cross-reference section sits at the start, so lenient parsing of a cut copy finds one empty
        // page and no error.
        var pdf = Fixture("linearized.pdf");

        await AssertCorruptAsync(pdf[..(int)(pdf.Length * 0.6)]);
    }

    [Fact]
    public async Task UserPassword_IsEncrypted()
    {
        // Fixtures/pdf/encrypted-user-password.pdf: `qpdf --encrypt user-secret owner-secret 256 --`.
        var problem = await Assert.ThrowsAsync<ScanProblemException>(() => ExtractAsync(Fixture("encrypted-user-password.pdf")));

        Assert.Equal(ProblemCodes.Encrypted, problem.Code);
    }

    // encrypted-owner-only.pdf: `qpdf --encrypt "" owner-secret 256 --`. It opens without a password,
    // as in every viewer, so its content must be checked like any other.
    [Theory]
    [InlineData("linearized.pdf")]
    [InlineData("encrypted-owner-only.pdf")]
    public async Task IntactFixture_IsReadCompletely(string name)
    {
        var context = await ExtractAsync(Fixture(name));

        Assert.Contains(context.Segments, s => s.Page == 3 && s.Text.Contains("H259083019"));
        Assert.Empty(context.Problems);
    }

    [Fact]
    public async Task CertificateEncryption_IsEncrypted()
    {
        var pdf = RawPdfWriter.OnePage(
            "sealed",
            ["<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /Recipients [<3082>] >>"],
            trailerEntries: "/Encrypt 6 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");

        var problem = await Assert.ThrowsAsync<ScanProblemException>(() => ExtractAsync(pdf));

        Assert.Equal(ProblemCodes.Encrypted, problem.Code);
    }

    [Fact]
    public async Task AuthorWithId_IsHiddenMetadata()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("Zhuzhi: jiansong ziliao", 12, new PdfPoint(72, 760), font);
        builder.DocumentInformation.Author = "Wang Xiaoming F152601819";
        builder.DocumentInformation.Title = "Shenqing shu";

        var context = await ExtractAsync(builder.Build());

        var author = Assert.Single(context.Segments, s => s.Text.Contains("F152601819"));
        Assert.Equal(SegmentSources.Metadata, author.Source);
        Assert.Equal("info/Author", author.Path);
        Assert.True(author.Hidden);
        Assert.Null(author.Page);
        Assert.Contains(context.Segments, s => s is { Path: "info/Title", Text: "Shenqing shu", Hidden: true });
    }

    [Fact]
    public async Task CustomInfoEntryAndXmp_AreHiddenMetadata()
    {
        const string xmp =
            "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'>"
            + "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
            + "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/' pdf:Keywords='K182199353'>"
            + "<dc:creator><rdf:Seq><rdf:li>B218190937</rdf:li></rdf:Seq></dc:creator>"
            + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";
        var pdf = RawPdfWriter.OnePage(
            "Zhuzhi",
            [
                RawPdfWriter.Stream(xmp, "/Type /Metadata /Subtype /XML"),
                $"<< /Author {RawPdfWriter.Text("王小明")} /Chengbanren (A878657972) /CreationDate (D:20240105093000+08'00') >>",
            ],
            catalogEntries: "/Metadata 6 0 R",
            trailerEntries: "/Info 7 0 R");

        var context = await ExtractAsync(pdf);

        var metadata = context.Segments.Where(s => s.Source == SegmentSources.Metadata).ToList();
        Assert.All(metadata, s => Assert.True(s.Hidden));
        Assert.Contains(metadata, s => s is { Path: "info/Author", Text: "王小明" });
        Assert.Contains(metadata, s => s is { Path: "info/Chengbanren", Text: "A878657972" });
        Assert.Contains(metadata, s => s is { Path: "xmp/dc:creator", Text: "B218190937" });
        Assert.Contains(metadata, s => s is { Path: "xmp/pdf:Keywords", Text: "K182199353" });
        Assert.DoesNotContain(metadata, s => s.Path == "info/CreationDate");
        Assert.Empty(context.Problems);
    }

    [Fact]
    public async Task StickyNote_IsHiddenComment_WithItsAuthor()
    {
        var pdf = RawPdfWriter.Build(
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
                RawPdfWriter.HelveticaPage(2, 4, 5),
                RawPdfWriter.HelveticaFont,
                RawPdfWriter.TextContent("Page one"),
                RawPdfWriter.HelveticaPage(2, 4, 7, "/Annots [8 0 R]"),
                RawPdfWriter.TextContent("Page two"),
                $"<< /Type /Annot /Subtype /Text /Rect [72 700 92 720] /Contents {RawPdfWriter.Text("請核對身分證 E209139090")} /T {RawPdfWriter.Text("林美玲")} >>",
            ]);

        var context = await ExtractAsync(pdf);

        var note = Assert.Single(context.Segments, s => s.Text.Contains("E209139090"));
        Assert.Equal(SegmentSources.Comment, note.Source);
        Assert.Equal(2, note.Page);
        Assert.True(note.Hidden);
        Assert.Contains(context.Segments, s => s is { Source: SegmentSources.Comment, Text: "林美玲", Hidden: true, Page: 2 });
    }

    [Fact]
    public async Task FormFieldValue_IsRead()
    {
        var pdf = RawPdfWriter.OnePage(
            "Shenfenzheng tongyi bianhao:",
            ["<< /Type /Annot /Subtype /Widget /FT /Tx /T (idno) /V (T196030828) /Rect [250 750 400 770] /P 3 0 R >>"],
            catalogEntries: "/AcroForm << /Fields [6 0 R] >>",
            pageEntries: "/Annots [6 0 R]");

        var context = await ExtractAsync(pdf);

        var field = Assert.Single(context.Segments, s => s.Text == "T196030828");
        Assert.Equal("form/idno", field.Path);
        Assert.Equal(1, field.Page);
        Assert.False(field.Hidden);
    }

    [Fact]
    public async Task EmbeddedFiles_AreExtractedAsNestedDocuments()
    {
        var pdf = RawPdfWriter.OnePage(
            "Fujian: mingce",
            [
                $"<< /Type /Filespec /F (roster.csv) /UF {RawPdfWriter.Text("評審委員名冊.csv")} /EF << /F 7 0 R /UF 7 0 R >> >>",
                RawPdfWriter.Stream("name,id\nLin Meiling,T196030828\n", "/Type /EmbeddedFile"),
                "<< /Type /Annot /Subtype /FileAttachment /Rect [72 700 92 720] /Contents (scan) /FS << /Type /Filespec /F (id-card.txt) /EF << /F 9 0 R >> >> >>",
                RawPdfWriter.Stream("Wang Xiaoming F152601819", "/Type /EmbeddedFile"),
            ],
            catalogEntries: "/Names << /EmbeddedFiles << /Names [(roster) 6 0 R] >> >>",
            pageEntries: "/Annots [8 0 R]");

        var context = await ExtractAsync(pdf);

        Assert.Equal(2, _nested.Count);
        Assert.Contains(_nested, n => n is { Depth: 1, Name: "id-card.txt" } && Encoding.ASCII.GetString(n.Content) == "Wang Xiaoming F152601819");
        Assert.Contains(_nested, n => n is { Depth: 1, Name: "評審委員名冊.csv" } && Encoding.ASCII.GetString(n.Content).Contains("T196030828"));
        Assert.Contains(context.Segments, s => s is { Source: SegmentSources.Attachment, Text: "評審委員名冊.csv" });
        Assert.Empty(context.Problems);
    }

    [Fact]
    public async Task FileListedTwice_IsExtractedOnce()
    {
        // Object 8, the name tree's node, also lists itself as a kid: a cycle must not loop.
        var pdf = RawPdfWriter.OnePage(
            "Fujian",
            [
                "<< /Type /Filespec /F (list.txt) /EF << /F 7 0 R >> >>",
                RawPdfWriter.Stream("K182199353", "/Type /EmbeddedFile"),
                "<< /Names [(list.txt) 6 0 R] /Kids [8 0 R] >>",
                "<< /Type /Annot /Subtype /FileAttachment /Rect [72 700 92 720] /FS 6 0 R >>",
            ],
            catalogEntries: "/Names << /EmbeddedFiles << /Kids [8 0 R] >> >>",
            pageEntries: "/Annots [9 0 R]");

        await ExtractAsync(pdf);

        var nested = Assert.Single(_nested);
        Assert.Equal("list.txt", nested.Name);
    }

    [Fact]
    public async Task UnreadablePage_IsCorrupt_AndOtherPagesAreStillRead()
    {
        var pdf = RawPdfWriter.Build(
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R 6 0 R 8 0 R] /Count 3 >>",
                RawPdfWriter.HelveticaPage(2, 4, 5),
                RawPdfWriter.HelveticaFont,
                RawPdfWriter.TextContent("Page one A166131861"),
                RawPdfWriter.HelveticaPage(2, 4, 7),
                RawPdfWriter.Stream("BT /F9 12 Tf 72 760 Td (no such font) Tj ET"),
                RawPdfWriter.HelveticaPage(2, 4, 9),
                RawPdfWriter.TextContent("Page three E209139090"),
            ]);

        var context = await ExtractAsync(pdf);

        var problem = Assert.Single(context.Problems);
        Assert.Equal(ProblemCodes.Corrupt, problem.Code);
        Assert.Contains("第 2 頁", problem.Message);
        Assert.Contains(context.Segments, s => s.Page == 1 && s.Text.Contains("A166131861"));
        Assert.Contains(context.Segments, s => s.Page == 3 && s.Text.Contains("E209139090"));
    }

    [Fact]
    public async Task Cancellation_StopsBetweenPages()
    {
        var pdf = BuildPdf(["one"], ["two"]);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExtractAsync(pdf, cancelled.Token));
    }

    [Theory]
    [InlineData("承 辦 人 林 美 玲", "承辦人林美玲")]
    [InlineData("身分證 統一編號", "身分證統一編號")]
    [InlineData("Ｆ１５２ ６０１８１９", "Ｆ１５２６０１８１９")]
    [InlineData("𠀋 𠀍", "𠀋𠀍")]
    [InlineData("姓名  王小明", "姓名  王小明")]
    [InlineData("編號： F152601819", "編號： F152601819")]
    [InlineData("Wang Xiaoming", "Wang Xiaoming")]
    [InlineData("主　旨 說明", "主　旨說明")]
    public void CjkSpacing_RemovesOnlySingleSpacesBetweenCjkCharacters(string extracted, string expected) =>
        Assert.Equal(expected, CjkSpacing.RemoveInjectedSpaces(extracted));

    private async Task AssertCorruptAsync(byte[] pdf)
    {
        ExtractionContext context;
        try
        {
            context = await ExtractAsync(pdf);
        }
        catch (ScanProblemException problem)
        {
            Assert.Equal(ProblemCodes.Corrupt, problem.Code);
            return;
        }

        Assert.Contains(context.Problems, p => p.Code == ProblemCodes.Corrupt);
    }

    private static byte[] BuildPdf(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            for (var i = 0; i < lines.Length; i++)
            {
                page.AddText(lines[i], 12, new PdfPoint(72, 760 - 20 * i), font);
            }
        }

        return builder.Build();
    }

    private async Task<ExtractionContext> ExtractAsync(byte[] pdf, CancellationToken cancellationToken = default)
    {
        var context = new ExtractionContext(ScanLimits.Default, (child, bytes, name, ct) =>
        {
            _nested.Add((child.Depth, name, bytes.ToArray()));
            return Task.CompletedTask;
        });
        await new PdfExtractor().ExtractAsync(
            new ExtractionInput(pdf, "test.pdf", new SniffResult(FileFormat.Pdf)), context, cancellationToken);
        return context;
    }

    private static byte[] Fixture(string name, [CallerFilePath] string thisFile = "") =>
        File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Fixtures", "pdf", name));
}
