using System.IO.Compression;
using System.Text;
using DocScan.Core.Extraction;
using DocScan.Redaction;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;
using static DocScan.Core.Tests.Extraction.Odf.OdfBuilder;

namespace DocScan.Redaction.Tests;

/// <summary>
/// ODF drafts: offered after the self-check, and opened by LibreOffice headless as the independent check
/// that they are valid documents; printed to PDF, they hold none of the redacted values.
/// </summary>
public sealed class OdfDraftTests
{
    private static readonly string Samples = RepositoryRoot.Combine("sample-docs");

    private const string HiddenStyles =
        "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties text:display=\"none\"/></style:style>" +
        "<style:style style:name=\"T2\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>";

    /// <summary>Every hiding place at once, and an ID split over two spans of different styles.</summary>
    private static readonly byte[] EveryHidingPlace = TextDocument(
        "<text:tracked-changes><text:changed-region text:id=\"ct1\"><text:deletion><office:change-info><dc:creator>林建宏</dc:creator>" +
        "<dc:date>2024-05-19T23:30:00</dc:date></office:change-info><text:p>張志明（E124719505）</text:p></text:deletion></text:changed-region>" +
        "</text:tracked-changes>" +
        Letter(
            P("二、申請人陳美玲，身分證統一編號 <text:span text:style-name=\"T2\">A1661</text:span>31861，已補正資料。") +
            P("三、查詢對象：<text:change text:change-id=\"ct1\"/>王大同<text:span text:style-name=\"T1\">（F152601819）</text:span>。") +
            P("四、請依規定辦理<office:annotation><dc:creator>林建宏</dc:creator><text:p>代理人 H259083019</text:p></office:annotation>公告事宜。")),
        HiddenStyles,
        meta: Meta("<meta:initial-creator>林建宏</meta:initial-creator><dc:creator>林建宏</dc:creator>"));

    public static TheoryData<string> OdfSamples() =>
        new(Directory.EnumerateFiles(Samples).Select(Path.GetFileName).Where(f => f!.EndsWith(".odt") || f.EndsWith(".ods") || f.EndsWith(".odp") || f.EndsWith(".fodt"))!);

    [Theory]
    [MemberData(nameof(OdfSamples))]
    public async Task Draft_of_a_converted_sample_opens_in_libreoffice_without_any_redacted_value(string file) =>
        await AssertDraftOpensCleanAsync(await File.ReadAllBytesAsync(Path.Combine(Samples, file)), file);

    [Fact]
    public async Task Draft_with_every_hiding_place_opens_in_libreoffice_without_any_redacted_value() =>
        await AssertDraftOpensCleanAsync(EveryHidingPlace, "函.odt");

    [Fact]
    public async Task Draft_of_a_flat_document_opens_in_libreoffice_without_any_redacted_value()
    {
        var flat = Flat(Text, "<office:automatic-styles>" + HiddenStyles + "</office:automatic-styles><office:body><office:text>" +
            Letter(P("二、申請人陳美玲（A166131861）<text:span text:style-name=\"T1\">F152601819</text:span>。")) + "</office:text></office:body>");

        await AssertDraftOpensCleanAsync(flat, "函.fodt");
    }

    [Fact]
    public async Task Deletion_kept_in_place_is_accepted_in_the_draft()
    {
        var draft = Encoding.UTF8.GetString(await DraftAsync(await File.ReadAllBytesAsync(Path.Combine(Samples, "職務報告-中正一分局.fodt")), "職務報告-中正一分局.fodt"));

        Assert.DoesNotContain("張志明", draft);
        Assert.DoesNotContain("tracked-changes", draft);
        Assert.Contains("同行男子一名，經查無不法", draft);
    }

    [Fact]
    public async Task Date_cell_whose_value_is_masked_becomes_text_so_calc_cannot_show_the_value_again()
    {
        static string Cell(string text, string attributes = "") => $"<table:table-cell{attributes}>{P(text)}</table:table-cell>";
        var sheet = "<office:spreadsheet><table:table table:name=\"名冊\">" +
            "<table:table-row>" + Cell("臺中市北屯區113年度低收入戶審查名冊") + "</table:table-row>" +
            "<table:table-row>" + Cell("姓名") + Cell("身分證統一編號") + Cell("出生日期") + "</table:table-row>" +
            "<table:table-row>" + Cell("陳美玲") + Cell("A166131861") +
            Cell("1976/05/12", " office:value-type=\"date\" office:date-value=\"1976-05-12\" calcext:value-type=\"date\"") + "</table:table-row>" +
            "</table:table></office:spreadsheet>";
        var content = Package(Spreadsheet, Content(sheet).Replace("office:version=", "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" office:version="));

        var draft = await DraftAsync(content, "名冊.ods");

        var xml = Part(draft, "content.xml");
        Assert.DoesNotContain("1976-05-12", xml);
        Assert.DoesNotContain("value-type=\"date\"", xml);
        await AssertDraftOpensCleanAsync(content, "名冊.ods");
    }

    [Fact]
    public async Task Draft_masks_in_place_keeps_each_span_and_removes_what_was_hidden()
    {
        var draft = await DraftAsync(EveryHidingPlace, "函.odt");

        var content = Part(draft, "content.xml");
        Assert.Contains("<text:span text:style-name=\"T2\">", content);
        Assert.DoesNotContain("A1661", content);
        Assert.DoesNotContain("tracked-changes", content);
        Assert.DoesNotContain("office:annotation", content);
        Assert.DoesNotContain("F152601819", content);
        Assert.Contains("公告事宜", content);
        Assert.DoesNotContain("林建宏", Part(draft, "meta.xml"));
        using var zip = new ZipArchive(new MemoryStream(draft));
        Assert.Equal("mimetype", zip.Entries[0].FullName);
        Assert.Equal(zip.Entries[0].Length, zip.Entries[0].CompressedLength);
    }

    private static async Task AssertDraftOpensCleanAsync(byte[] content, string name)
    {
        var rules = ScanRules.Default;
        var scan = await new DocumentScanner(new ScanOptions { Rules = rules }).ScanWithFindingsAsync(content, name);
        var removed = DraftExpectations.RemovedValues(scan.Findings, rules);
        Assert.NotEmpty(removed);

        var draft = await DraftAsync(content, name);
        var text = DraftExpectations.Compact(await IndependentReader.PdfToTextAsync(await LibreOffice.ToPdfAsync(draft, name)));

        // The PDF shows the document (a sentence that held nothing to redact), and none of what was redacted.
        var original = await DocumentExtractor.CreateDefault().ExtractAsync(content, name, ScanLimits.Default, CancellationToken.None);
        var kept = DraftExpectations.KeptSentences(original.Segments, scan.Findings, rules);
        Assert.Contains(kept, sentence => text.Contains(DraftExpectations.Compact(sentence), StringComparison.Ordinal));
        Assert.All(removed, value => Assert.DoesNotContain(value, text));
    }

    private static async Task<byte[]> DraftAsync(byte[] content, string name)
    {
        var result = await new DraftService(new DocumentScanner()).CreateDraftsAsync(content, name);
        Assert.True(result.Status == DraftStatus.Offered, $"{result.Status}: {string.Join("\n", result.Problems)}");
        return Assert.Single(result.Files, f => f.Audience == DraftAudience.Release).Content;
    }

    private static string Part(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
