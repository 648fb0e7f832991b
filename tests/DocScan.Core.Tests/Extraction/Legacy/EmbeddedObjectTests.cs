using DocScan.Core.Extraction;
using DocScan.Core.Extraction.Legacy;
using DocScan.Core.Policy;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocScan.Core.Tests.Extraction.Legacy;

/// <summary>
/// OLE objects embedded in a letter are part of the letter: 補助款核銷函.doc is Fixtures/legacy/補助款核銷函.fodt
/// converted by LibreOffice (a spreadsheet of subsidy recipients pasted into the letter as an object, kept
/// in the .doc's ObjectPool as an Excel workbook); a .docx carries the same kind of object as a compound
/// file under word/embeddings/ (the SDK names it embeddedObject.bin) holding either the workbook or a
/// modern file in its "Package" stream.
/// </summary>
public class EmbeddedObjectTests
{
    private const string Letter = "補助款核銷函.doc";

    [Fact]
    public async Task Sheet_embedded_in_a_doc_is_read_as_the_letters_embedded_object()
    {
        var result = await LegacyFixtures.ExtractAsync(LegacyFixtures.Bytes(Letter), Letter);

        Assert.Empty(result.Problems);
        var id = Assert.Single(result.Segments, s => s.Text == "Q123546781");
        Assert.Equal("內嵌物件1!/核銷明細!B2", id.Path);
        Assert.Equal(SegmentSources.Sheet, id.Source);
        Assert.Equal(new CellPosition("核銷明細", 1, 1), id.Cell);
        Assert.Contains(result.Segments, s => s.Text == "主旨：檢送本縣113年度身心障礙者生活補助核銷明細，請查照。" && s.Source == SegmentSources.Body);
    }

    [Fact]
    public async Task Sheet_embedded_in_a_slide_is_read_as_the_presentations_embedded_object()
    {
        // 審查會議簡報.ppt is Fixtures/legacy/審查會議簡報.fodp converted by LibreOffice: the object is a compressed ExOleObjStg.
        var result = await LegacyFixtures.ExtractAsync(LegacyFixtures.Bytes("審查會議簡報.ppt"), "審查會議簡報.ppt");

        Assert.Empty(result.Problems);
        var id = Assert.Single(result.Segments, s => s.Text == "Q123546781");
        Assert.Equal("內嵌物件1!/審查名單!B2", id.Path);
        Assert.Contains(result.Segments, s => s.Text == "身心障礙者生活補助審查會議" && s.Page == 1);
    }

    [Fact]
    public async Task Letter_with_an_embedded_roster_is_not_released_and_names_the_object()
    {
        var report = await new DocumentScanner().ReportAsync(LegacyFixtures.Bytes(Letter), Letter);

        Assert.NotEqual(Verdict.Release, report.Verdict);
        var finding = Assert.Single(report.Findings, f => f.Type == "national-id");
        Assert.StartsWith("內嵌物件1!/", finding.Location.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excel_97_object_in_a_docx_is_read()
    {
        var workbook = LegacyFile.Open(LegacyFixtures.Bytes("急難救助核發清冊.xls")).Read("Workbook")!;
        var docx = LetterWithObject(CfbBuilder.Build(("Workbook", workbook)));

        var result = await LegacyFixtures.ExtractAsync(docx, "核發函.docx");

        Assert.DoesNotContain(result.Problems, p => p.Code == ProblemCodes.Unsupported);
        var id = Assert.Single(result.Segments, s => s.Text == "E221458361");
        Assert.Equal("word/embeddings/embeddedObject.bin!/核發清冊!D3", id.Path);
        Assert.True(id.Hidden);
    }

    [Fact]
    public async Task Modern_file_packaged_in_an_ole_object_is_read()
    {
        var xlsx = await File.ReadAllBytesAsync(RepositoryRoot.Combine("sample-docs", "健保承保系統-在保人員查詢結果.xlsx"));
        var docx = LetterWithObject(CfbBuilder.Build(("\u0001CompObj", new byte[64]), ("Package", xlsx)));

        var result = await LegacyFixtures.ExtractAsync(docx, "查詢函.docx");

        Assert.DoesNotContain(result.Problems, p => p.Code == ProblemCodes.Unsupported);
        Assert.Contains(result.Segments, s => s.Text == "F152601819" && s.Source == SegmentSources.Sheet
            && s.Path.StartsWith("word/embeddings/embeddedObject.bin!/Package!/查詢結果!", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Object_that_wraps_nothing_readable_is_an_unsupported_problem()
    {
        var docx = LetterWithObject(CfbBuilder.Build(("\u0001CompObj", new byte[64]), ("Equation Native", new byte[128])));

        var result = await LegacyFixtures.ExtractAsync(docx, "公式函.docx");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.Unsupported, problem.Code);
        Assert.Contains("內嵌物件", problem.Message, StringComparison.Ordinal);
        Assert.Contains(result.Segments, s => s.Text == "說明：明細如附內嵌物件。");
    }

    private static byte[] LetterWithObject(byte[] oleObject) => WordBuilder.Build((_, main) =>
    {
        main.Document.Body!.Append(
            new Paragraph(new Run(new Text("嘉義縣政府社會處　函"))),
            new Paragraph(new Run(new Text("說明：明細如附內嵌物件。"))));
        var part = main.AddEmbeddedObjectPart("application/vnd.openxmlformats-officedocument.oleObject");
        using var stream = new MemoryStream(oleObject);
        part.FeedData(stream);
    });
}
