using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;
using static DocScan.Core.Tests.Extraction.Odf.OdfBuilder;

namespace DocScan.Core.Tests.Extraction.Odf;

/// <summary>Whole scans of ODF files: what they are called, and the verdicts macros, encryption and damage lead to.</summary>
public sealed class OdfScanTests
{
    private static readonly string LetterWithId = Letter(P("二、申請人陳美玲，身分證統一編號 A166131861。"));

    [Theory]
    [InlineData(Text, FileFormat.Odt)]
    [InlineData("application/vnd.oasis.opendocument.text-template", FileFormat.Odt)]
    [InlineData(Spreadsheet, FileFormat.Ods)]
    [InlineData("application/vnd.oasis.opendocument.spreadsheet-template", FileFormat.Ods)]
    [InlineData(Presentation, FileFormat.Odp)]
    [InlineData("application/vnd.oasis.opendocument.presentation-template", FileFormat.Odp)]
    public void Package_is_told_by_its_mimetype(string mediaType, FileFormat format) =>
        Assert.Equal(new SniffResult(format), FormatSniffer.Sniff(Package(mediaType, Content(""))));

    [Fact]
    public void Package_that_lost_its_mimetype_is_told_by_its_manifest()
    {
        var bytes = Support.ZipBuilder.BuildText(("META-INF/manifest.xml", Manifest(Spreadsheet)), ("content.xml", Content("")));

        Assert.Equal(FileFormat.Ods, FormatSniffer.Sniff(bytes).Format);
    }

    [Fact]
    public void Drawing_and_plain_zips_are_not_documents()
    {
        Assert.Equal(FileFormat.Zip, FormatSniffer.Sniff(Package("application/vnd.oasis.opendocument.graphics", Content(""))).Format);
        Assert.Equal(FileFormat.Zip, FormatSniffer.Sniff(Support.ZipBuilder.BuildText(("content.xml", Content("")))).Format);
    }

    [Fact]
    public void Xml_that_is_not_flat_odf_stays_text() =>
        // (A 函 root would be a DI: the root must be neither.)
        Assert.Equal(FileFormat.Text, FormatSniffer.Sniff("<?xml version=\"1.0\"?><訂單><品名>office:document</品名></訂單>"u8).Format);

    [Fact]
    public async Task Odt_report_says_odt_and_finds_the_id()
    {
        var report = await new DocumentScanner().ReportAsync(TextDocument(LetterWithId), "函.odt");

        Assert.Equal("odt", report.Document.Format);
        Assert.Empty(report.Problems);
        Assert.Equal("redact", ReportJson.VerdictId(report.Verdict));
        Assert.Contains(report.Findings, f => f.Type == "national-id" && f.Masked == "A16****861" && f.Location.Source == "body");
    }

    [Fact]
    public async Task Odt_attached_in_a_zip_is_read_as_odf_and_its_comment_located_in_words()
    {
        var odt = TextDocument(Letter(P("三、請辦理<office:annotation><dc:creator>林建宏</dc:creator><text:p>申請人 A166131861</text:p></office:annotation>。")));
        var zip = Support.ZipBuilder.Build(("函.odt", odt));

        var report = await new DocumentScanner().ReportAsync(zip, "附件.zip");

        var finding = Assert.Single(report.Findings, f => f.Type == "national-id");
        Assert.Equal(("comment", true), (finding.Location.Source, finding.Hidden));
        Assert.Equal("附件「函.odt」的註解", LocationWords.Of(finding.Location));
    }

    [Fact]
    public async Task Flat_odt_is_read_like_a_package()
    {
        var flat = Flat(Text,
            "<office:meta><meta:initial-creator>林建宏</meta:initial-creator></office:meta>" +
            "<office:automatic-styles><style:style style:name=\"T1\" style:family=\"text\"><style:text-properties text:display=\"none\"/></style:style></office:automatic-styles>" +
            "<office:body><office:text>" + Letter(P("二、申請人陳美玲<text:span text:style-name=\"T1\">A166131861</text:span>。")) + "</office:text></office:body>");

        var report = await new DocumentScanner().ReportAsync(flat, "函.fodt");

        Assert.Equal("odt", report.Document.Format);
        Assert.Empty(report.Problems);
        var finding = Assert.Single(report.Findings, f => f.Type == "national-id");
        Assert.Equal(("hidden", true), (finding.Location.Source, finding.Hidden));
    }

    [Theory]
    [InlineData("Basic/Standard/Module1.xml", "<script:module script:name=\"Module1\" script:language=\"StarBasic\">Sub AutoOpen\nShell(\"cmd\")\nEnd Sub</script:module>")]
    [InlineData("Scripts/python/autorun.py", "import os\nos.system('calc')\n")]
    public async Task Macro_blocks_the_document_as_vba_does(string part, string code)
    {
        var bytes = TextDocument(LetterWithId, extra:
        [
            ("Basic/script-lc.xml", "<library:libraries xmlns:library=\"http://openoffice.org/2000/library\"/>"),
            (part, code),
        ]);

        var report = await new DocumentScanner().ReportAsync(bytes, "工程預算書.odt");

        Assert.Equal("block", ReportJson.VerdictId(report.Verdict));
        var macro = Assert.Single(report.Findings, f => f.Type == "macro");
        Assert.Contains(part, macro.Location.Path);
    }

    [Fact]
    public async Task Library_index_without_modules_is_no_macro()
    {
        var bytes = TextDocument(LetterWithId, extra: [("Basic/script-lc.xml", "<library:libraries xmlns:library=\"http://openoffice.org/2000/library\"/>")]);

        var report = await new DocumentScanner().ReportAsync(bytes, "函.odt");

        Assert.DoesNotContain(report.Findings, f => f.Type == "macro");
    }

    [Fact]
    public async Task Flat_document_with_basic_source_blocks()
    {
        var flat = Flat(Text,
            "<office:scripts><office:script script:language=\"ooo:Basic\"><ooo:libraries><ooo:library-embedded ooo:name=\"Standard\">" +
            "<ooo:module ooo:name=\"Module1\"><ooo:source-code>Sub Main\nEnd Sub</ooo:source-code></ooo:module></ooo:library-embedded></ooo:libraries></office:script></office:scripts>" +
            "<office:body><office:text>" + Letter("") + "</office:text></office:body>");

        var report = await new DocumentScanner().ReportAsync(flat, "函.fodt");

        Assert.Equal("block", ReportJson.VerdictId(report.Verdict));
    }

    [Fact]
    public async Task Encrypted_package_is_reviewed_as_encrypted()
    {
        var manifest = Manifest(Text,
            "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\" manifest:size=\"2048\">" +
            "<manifest:encryption-data manifest:checksum-type=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k\" manifest:checksum=\"AAAA\">" +
            "<manifest:algorithm manifest:algorithm-name=\"http://www.w3.org/2001/04/xmlenc#aes256-cbc\" manifest:initialisation-vector=\"AAAA\"/>" +
            "<manifest:key-derivation manifest:key-derivation-name=\"PBKDF2\" manifest:key-size=\"32\" manifest:iteration-count=\"100000\" manifest:salt=\"AAAA\"/>" +
            "</manifest:encryption-data></manifest:file-entry>");
        // As LibreOffice writes it: the encrypted parts first, the manifest last.
        var bytes = Zip(Text, [("content.xml", "\u0017\u00e4\u0081 encrypted bytes"), ("styles.xml", "\u0001\u00ff more"), ("META-INF/manifest.xml", manifest)]);

        var report = await new DocumentScanner().ReportAsync(bytes, "加密的簽呈.odt");

        Assert.Equal("odt", report.Document.Format);
        Assert.Equal("review", ReportJson.VerdictId(report.Verdict));
        Assert.Equal([ProblemCodes.Encrypted], report.Problems.Select(p => p.Code));
    }

    [Fact]
    public async Task Damaged_content_is_corrupt_and_the_text_before_the_damage_is_still_scanned()
    {
        var content = Content("<office:text>" + LetterWithId + "</office:text>");
        var broken = content[..(content.IndexOf("。</text:p>", content.IndexOf("A166131861", StringComparison.Ordinal), StringComparison.Ordinal) + 1)] + "<text:p>三、";

        var report = await new DocumentScanner().ReportAsync(Package(Text, broken), "損毀的公文.odt");

        Assert.Equal("review", ReportJson.VerdictId(report.Verdict));
        Assert.Contains(report.Problems, p => p.Code == ProblemCodes.Corrupt && p.Message.Contains("「損毀的公文.odt」的內文已損毀") && !p.Message.Contains(".xml"));
        Assert.Contains(report.Findings, f => f.Type == "national-id" && f.Masked == "A16****861");
    }

    [Fact]
    public async Task Damaged_flat_document_is_corrupt()
    {
        var flat = Flat(Text, "<office:body><office:text>" + LetterWithId + "</office:text></office:body>");

        var report = await new DocumentScanner().ReportAsync(flat[..(flat.Length - 30)], "函.fodt");

        Assert.Equal("odt", report.Document.Format);
        Assert.Contains(report.Problems, p => p.Code == ProblemCodes.Corrupt);
        Assert.Contains(report.Findings, f => f.Type == "national-id");
    }

    [Fact]
    public async Task Content_that_is_not_odf_is_corrupt_and_its_text_still_scanned()
    {
        var content = Content("<office:text>" + LetterWithId + "</office:text>").Replace("office:body", "office:bodx");

        var report = await new DocumentScanner().ReportAsync(Package(Text, content), "函.odt");

        Assert.Equal("review", ReportJson.VerdictId(report.Verdict));
        Assert.Contains(report.Problems, p => p.Code == ProblemCodes.Corrupt);
        Assert.Single(report.Findings, f => f.Type == "national-id");
    }

    [Fact]
    public async Task Text_outside_any_paragraph_is_still_read()
    {
        var report = await new DocumentScanner().ReportAsync(TextDocument(Letter("<text:unknown-block>申請人陳美玲 A166131861</text:unknown-block>")), "函.odt");

        Assert.Single(report.Findings, f => f.Type == "national-id");
    }

    [Fact]
    public async Task Odt_that_lost_its_mimetype_and_manifest_is_a_corrupt_zip_read_member_by_member()
    {
        var bytes = Support.ZipBuilder.BuildText(("content.xml", Content("<office:text>" + LetterWithId + "</office:text>")));

        var report = await new DocumentScanner().ReportAsync(bytes, "函.odt");

        Assert.Equal("zip", report.Document.Format);
        Assert.Contains(report.Problems, p => p.Code == ProblemCodes.Corrupt);
        Assert.Contains(report.Findings, f => f.Type == "national-id");
    }

    [Fact]
    public async Task Package_without_content_is_corrupt()
    {
        var bytes = Zip(Text, [("META-INF/manifest.xml", Manifest(Text)), ("styles.xml", Styles())]);

        var report = await new DocumentScanner().ReportAsync(bytes, "函.odt");

        Assert.Contains(report.Problems, p => p.Code == ProblemCodes.Corrupt);
    }

    [Fact]
    public async Task Huge_repeats_are_counted_not_expanded()
    {
        var sheet = "<table:table table:name=\"名冊\"><table:table-column table:number-columns-repeated=\"2147483647\"/>" +
                    "<table:table-row table:number-rows-repeated=\"2147483647\"><table:table-cell table:number-columns-repeated=\"2147483647\">" +
                    P("A166131861") + "</table:table-cell></table:table-row></table:table>";
        var started = DateTime.UtcNow;

        var report = await new DocumentScanner().ReportAsync(Package(Spreadsheet, Content($"<office:spreadsheet>{sheet}</office:spreadsheet>")), "名冊.ods");

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20));
        Assert.Single(report.Findings, f => f.Type == "national-id");
    }
}
