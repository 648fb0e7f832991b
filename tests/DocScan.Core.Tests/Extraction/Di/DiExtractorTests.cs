using System.Diagnostics;
using System.Text;
using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Extraction.Di;

public sealed class DiExtractorTests
{
    [Fact]
    public void Di_and_exchange_form_are_told_by_their_root_not_their_name()
    {
        Assert.Equal(FileFormat.Di, FormatSniffer.Sniff(DiLetters.Utf8(DiLetters.Letter())).Format);
        Assert.Equal(FileFormat.Sw, FormatSniffer.Sniff(DiLetters.Utf8(DiLetters.ExchangeForm)).Format);
        Assert.Equal(FileFormat.Di, FormatSniffer.Sniff(DiLetters.Utf8(DiLetters.MeetingNotice)).Format);
        var big5 = FormatSniffer.Sniff(DiLetters.Big5Memo("普通"));
        Assert.Equal(FileFormat.Di, big5.Format);
        Assert.Equal(950, big5.TextEncoding!.CodePage);
        Assert.Equal(FileFormat.Text, FormatSniffer.Sniff("<?xml version=\"1.0\"?>\n<訂單><品名>文具</品名></訂單>\n"u8).Format);
    }

    [Fact]
    public async Task Text_and_attribute_values_are_read_with_the_element_they_belong_to()
    {
        var result = await Extract(DiLetters.Letter(), "公文.di");

        var di = result.Segments.Where(s => s.Source == SegmentSources.Di).ToList();
        Assert.Contains(di, s => s.Path == "主旨" && s.Text.Contains("復如說明"));
        Assert.Contains(di, s => s.Path == "段落[說明：]/條列[一、]" && s.Text.Contains(DiLetters.ApplicantId));
        Assert.Contains(di, s => s.Path == "段落[說明：]@段名" && s.Text == "說明：");
        Assert.Contains(di, s => s.Path == "段落[說明：]/條列[二、]@序號" && s.Text == "二、");
        Assert.Contains(di, s => s.Path == "速別@代碼" && s.Text == "普通件");
        Assert.Contains(di, s => s.Path == "附件/附件檔名@附件名" && s.Text == "ATTCH1");
        Assert.Contains(di, s => s.Path == "正本/全銜" && s.Text == "王小明君");
        Assert.Contains(di, s => s.Path == "發文機關/機關代碼" && s.Text == "376470000A");
        // The root names the kind of letter, not a part of it.
        Assert.DoesNotContain(di, s => s.Path.StartsWith("函/", StringComparison.Ordinal) || s.Path.StartsWith("函@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Big5_di_is_read_in_big5()
    {
        var report = await Scan(DiLetters.Big5Memo("普通"), "簽.di");

        Assert.Equal("di", report.Document.Format);
        var id = Assert.Single(report.Findings, f => f.Type == "national-id");
        Assert.Equal(DiLetters.ApplicantId, id.Value);
        Assert.Equal(("di", "主旨"), (id.Location.Source, id.Location.Path));
        Assert.Contains(report.Findings, f => f.Type == "address" && f.Location.Path == "段落[說明：]/條列[一、]");
        Assert.DoesNotContain(report.Findings, f => f.Type == "classification-marking");
    }

    [Theory]
    [InlineData("<密等>機密</密等>", "機密")]
    [InlineData("<密等>\n      密\n    </密等>", "密")]
    [InlineData("<密等 代碼=\"極機密\"/>", "極機密")]
    [InlineData("<密等 代碼=\"絕對機密\"></密等>", "絕對機密")]
    public async Task Classification_as_text_or_attribute_blocks_the_letter(string secrecy, string level)
    {
        var report = await Scan(DiLetters.Utf8(DiLetters.Letter(secrecy)), "公文.di");

        var marking = Assert.Single(report.Findings, f => f.Type == "classification-marking");
        Assert.Equal(level, marking.Value);
        Assert.StartsWith("密等及解密條件或保密期限/密等", marking.Location.Path);
        Assert.Equal(Verdict.Block, report.Verdict);
    }

    [Theory]
    [InlineData("<密等/>")]
    [InlineData("<密等>普通</密等>")]
    [InlineData("<密等 代碼=\"普通\"/>")]
    [InlineData("<密等> </密等>")]
    public async Task Ordinary_or_empty_classification_is_no_marking(string secrecy)
    {
        var report = await Scan(DiLetters.Utf8(DiLetters.Letter(secrecy)), "公文.di");

        Assert.DoesNotContain(report.Findings, f => f.Type == "classification-marking");
        Assert.NotEqual(Verdict.Block, report.Verdict);
    }

    [Fact]
    public async Task Agency_codes_and_document_numbers_are_not_identifiers()
    {
        var report = await Scan(DiLetters.Utf8(DiLetters.Letter()), "公文.di");

        Assert.DoesNotContain(report.Findings, f => f.Location.Path.StartsWith("發文字號", StringComparison.Ordinal)
            || f.Location.Path.StartsWith("發文機關", StringComparison.Ordinal)
            || f.Location.Path.StartsWith("發文日期", StringComparison.Ordinal));
        Assert.Equal([DiLetters.ApplicantId], report.Findings.Where(f => f.Type == "national-id").Select(f => f.Value));
    }

    [Fact]
    public async Task External_entities_and_the_dtd_are_never_fetched()
    {
        var folder = Directory.CreateTempSubdirectory("docscan-di-");
        try
        {
            var secret = Path.Combine(folder.FullName, "secret.txt");
            await File.WriteAllTextAsync(secret, "外洩測試 H259083019");
            var subset = DiLetters.DefaultSubset + $"""
                <!ENTITY leak SYSTEM "{new Uri(secret).AbsoluteUri}">
                <!ENTITY remote SYSTEM "http://127.0.0.1:9/secret.xml">
                """;
            var letter = DiLetters.Letter(subset: subset, extraText: "&leak;&remote;")
                .Replace("\"104_2_utf8.dtd\"", $"\"{new Uri(Path.Combine(folder.FullName, "104_2_utf8.dtd")).AbsoluteUri}\"");
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "104_2_utf8.dtd"), "<!ENTITY % boom SYSTEM \"file:///nonexistent\"> %boom;");

            var result = await Extract(letter, "公文.di");

            Assert.DoesNotContain(result.Segments, s => s.Text.Contains("H259083019") || s.Text.Contains("外洩測試"));
            Assert.Contains(result.Segments, s => s.Path == "發文機關/全銜");
            // Read through to the end: the references are left out, nothing fails.
            Assert.Contains(result.Segments, s => s.Path == "署名");
            Assert.All(result.Problems, p => Assert.Equal(ProblemCodes.MissingAttachment, p.Code));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Entity_expansion_bomb_is_a_problem_not_a_hang()
    {
        var laughs = new StringBuilder("<!ENTITY lol0 \"哈哈哈哈哈哈哈哈哈哈\">\n");
        for (var i = 1; i <= 9; i++)
        {
            laughs.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n");
        }

        var letter = DiLetters.Letter(subset: DiLetters.DefaultSubset + laughs, extraText: "&lol9;");
        var clock = Stopwatch.StartNew();

        var report = await Scan(DiLetters.Utf8(letter), "公文.di");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), clock.Elapsed.ToString());
        Assert.Contains(report.Problems, p => p.Code == ProblemCodes.TooLarge && p.Message.Contains("實體"));
        Assert.Equal(Verdict.Review, report.Verdict);
    }

    [Fact]
    public async Task Package_zip_scans_declared_attachments_as_part_of_the_letter()
    {
        var zip = ZipBuilder.BuildText(
            ("附件一.txt", DiLetters.AttachmentText),
            ("公文.di", DiLetters.Letter()),
            ("公文.sw", DiLetters.ExchangeForm),
            ("補充說明.txt", "另案陳情人趙子龍，身分證統一編號B120863158。\n"));

        var report = await Scan(zip, "東湖區公所函.zip");

        Assert.Empty(report.Problems);
        var attachmentId = Assert.Single(report.Findings, f => f.Value == DiLetters.AttachmentId);
        Assert.Equal("公文.di!/附件一.txt!/L2", attachmentId.Location.Path);
        Assert.Contains(report.Findings, f => f.Value == DiLetters.ApplicantId && f.Location.Path == "公文.di!/段落[說明：]/條列[一、]");
        // Not declared, still in the package: scanned on its own.
        Assert.Contains(report.Findings, f => f.Value == "B120863158" && f.Location.Path == "補充說明.txt!/L1");
    }

    [Fact]
    public async Task Exchange_form_in_a_package_is_scanned_once_as_part_of_the_letter()
    {
        var zip = ZipBuilder.BuildText(("公文.sw", DiLetters.ExchangeForm), ("公文.di", DiLetters.Letter()), ("附件一.txt", DiLetters.AttachmentText));

        var result = await DocumentExtractor.CreateDefault().ExtractAsync(zip, "函.zip", ScanLimits.Default, CancellationToken.None);

        Assert.Equal(["公文.di", "公文.di!/附件一.txt", "公文.di!/公文.sw"],
            result.Segments.Where(s => s.Source == SegmentSources.Attachment).Select(s => s.Path));
        Assert.Single(result.Segments, s => s.Path == "公文.di!/公文.sw!/全銜");
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task Missing_declared_attachment_needs_review()
    {
        var zip = ZipBuilder.BuildText(("公文.di", DiLetters.Letter()), ("公文.sw", DiLetters.ExchangeForm));

        var report = await Scan(zip, "東湖區公所函.zip");

        var problem = Assert.Single(report.Problems);
        Assert.Equal(ProblemCodes.MissingAttachment, problem.Code);
        Assert.Contains("「公文.di」宣告的附件「附件一.txt」未一併送掃", problem.Message);
        Assert.Equal(Verdict.Review, report.Verdict);
    }

    [Fact]
    public async Task Di_uploaded_alone_cannot_have_its_attachments_checked()
    {
        var report = await Scan(DiLetters.Utf8(DiLetters.Letter()), "公文.di");

        Assert.Equal([ProblemCodes.MissingAttachment, ProblemCodes.MissingAttachment], report.Problems.Select(p => p.Code));
        Assert.Equal(Verdict.Review, report.Verdict);
    }

    [Fact]
    public async Task Attachment_outside_the_package_is_never_opened()
    {
        var folder = Directory.CreateTempSubdirectory("docscan-di-");
        try
        {
            var inner = Directory.CreateDirectory(Path.Combine(folder.FullName, "公文"));
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "外部.txt"), DiLetters.AttachmentText);
            var subset = """
                <!ENTITY ATTCH1 SYSTEM "../外部.txt" NDATA _X>
                <!NOTATION _X SYSTEM "">
                """;
            var path = Path.Combine(inner.FullName, "公文.di");
            await File.WriteAllTextAsync(path, DiLetters.Letter(subset: subset));

            var report = await new DocumentScanner(new ScanOptions { IncludeValues = true }).ReportFileAsync(path);

            Assert.DoesNotContain(report.Findings, f => f.Value == DiLetters.AttachmentId);
            Assert.Equal(ProblemCodes.MissingAttachment, Assert.Single(report.Problems).Code);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Folder_scan_reads_the_attachments_beside_the_letter()
    {
        var folder = Directory.CreateTempSubdirectory("docscan-di-");
        try
        {
            var path = Path.Combine(folder.FullName, "公文.di");
            await File.WriteAllTextAsync(path, DiLetters.Letter());
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "公文.sw"), DiLetters.ExchangeForm);
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "附件一.txt"), DiLetters.AttachmentText);

            var report = await new DocumentScanner(new ScanOptions { IncludeValues = true }).ReportFileAsync(path);

            Assert.Empty(report.Problems);
            Assert.Equal("附件一.txt!/L2", Assert.Single(report.Findings, f => f.Value == DiLetters.AttachmentId).Location.Path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Damaged_xml_is_corrupt_and_what_came_before_is_still_scanned()
    {
        var letter = DiLetters.Letter();
        var cut = letter[..(letter.IndexOf("</條列>", StringComparison.Ordinal) + 3)] + "<<條列";
        var zip = ZipBuilder.BuildText(("公文.di", cut), ("附件一.txt", DiLetters.AttachmentText), ("公文.sw", DiLetters.ExchangeForm));

        var report = await Scan(zip, "函.zip");

        var problem = Assert.Single(report.Problems);
        Assert.Equal(ProblemCodes.Corrupt, problem.Code);
        Assert.Contains("公文.di", problem.Message);
        Assert.Contains(report.Findings, f => f.Value == DiLetters.ApplicantId);
        Assert.Contains(report.Findings, f => f.Value == DiLetters.AttachmentId && f.Location.Path == "公文.di!/附件一.txt!/L2");
        Assert.Equal(Verdict.Review, report.Verdict);
    }

    private static Task<ExtractionResult> Extract(string text, string name) =>
        DocumentExtractor.CreateDefault().ExtractAsync(DiLetters.Utf8(text), name, ScanLimits.Default, CancellationToken.None);

    private static Task<ScanReport> Scan(byte[] content, string name) =>
        new DocumentScanner(new ScanOptions { IncludeValues = true }).ReportAsync(content, name);
}
