using System.Text;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Scanning;

public class DocumentScannerTests
{
    private const string FullWidthId = "Ｆ１５２６０１８１９";

    private static readonly byte[] Letter = Encoding.UTF8.GetBytes(
        "主旨：檢送陳情人資料，請查照。\n說明：陳情人王小明，身分證統一編號：" + FullWidthId + "，住臺北市大安區。\n");

    [Fact]
    public async Task Report_locates_a_full_width_id_on_its_original_characters()
    {
        var report = await new DocumentScanner().ReportAsync(Letter, "陳情函.txt");

        Assert.Equal(Verdict.Redact, report.Verdict);
        // The letter also names the petitioner (person-name); this test is about the ID.
        var finding = Assert.Single(report.Findings, f => f.Type == "national-id");
        Assert.Equal("F15****819", finding.Masked);
        Assert.Null(finding.Value);
        Assert.Equal(SegmentSources.Body, finding.Location.Source);
        var line = Encoding.UTF8.GetString(Letter).Split('\n')[1];
        Assert.Equal(FullWidthId, line.Substring(finding.Location.Start, finding.Location.Length));
    }

    [Fact]
    public async Task Values_appear_only_when_asked_for()
    {
        var masked = await new DocumentScanner().ReportAsync(Letter, "a.txt");
        var shown = await new DocumentScanner(new ScanOptions { IncludeValues = true }).ReportAsync(Letter, "a.txt");

        Assert.DoesNotContain("F152601819", ReportJson.Serialize(masked));
        Assert.DoesNotContain(FullWidthId, ReportJson.Serialize(masked));
        Assert.Equal("F152601819", Assert.Single(shown.Findings, f => f.Type == "national-id").Value);
    }

    [Fact]
    public async Task Logs_never_hold_matched_values_or_file_names_with_ids()
    {
        var logger = new ListLogger<DocumentScanner>();
        var scanner = new DocumentScanner(new ScanOptions { IncludeValues = true }, logger);

        await scanner.ReportAsync(Letter, "F152601819_陳情書.txt");

        Assert.NotEmpty(logger.Lines);
        Assert.All(logger.Lines, line =>
        {
            Assert.DoesNotContain("F152601819", line);
            Assert.DoesNotContain(FullWidthId, line);
        });
    }

    [Fact]
    public async Task Report_follows_the_design_schema()
    {
        var report = await new DocumentScanner().ReportAsync(Letter, "陳情函.txt");
        using var json = System.Text.Json.JsonDocument.Parse(ReportJson.Serialize(report));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("陳情函.txt", root.GetProperty("document").GetProperty("name").GetString());
        Assert.Equal("text", root.GetProperty("document").GetProperty("format").GetString());
        Assert.Equal(Letter.Length, root.GetProperty("document").GetProperty("bytes").GetInt64());
        Assert.Equal("redact", root.GetProperty("verdict").GetString());
        Assert.Contains("個人資料保護法第2條", root.GetProperty("reasons")[0].GetProperty("basis").EnumerateArray().Select(b => b.GetString()));
        var location = root.GetProperty("findings")[0].GetProperty("location");
        Assert.Equal("body", location.GetProperty("source").GetString());
        Assert.Equal(0, root.GetProperty("problems").GetArrayLength());
        Assert.Equal(ScanRules.DefaultVersion, root.GetProperty("rulesVersion").GetString());
    }

    [Fact]
    public async Task An_unreadable_document_gets_a_problem_and_review_never_an_exception()
    {
        var random = new Random(5);
        var junk = new byte[4096];
        random.NextBytes(junk);

        var report = await new DocumentScanner().ReportAsync(junk, "資料.dat");

        Assert.Equal(Verdict.Review, report.Verdict);
        Assert.Equal(ProblemCodes.Unsupported, Assert.Single(report.Problems).Code);
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_too_large_without_being_read()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, Letter);
            var scanner = new DocumentScanner(new ScanOptions { Limits = ScanLimits.Default with { MaxDocumentBytes = 16 } });

            var report = await scanner.ReportFileAsync(path);

            Assert.Equal(Verdict.Review, report.Verdict);
            Assert.Equal(ProblemCodes.TooLarge, Assert.Single(report.Problems).Code);
            Assert.Empty(report.Findings);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_parser_that_never_returns_is_abandoned_at_the_time_limit()
    {
        var extractor = new DocumentExtractor([new HangingExtractor()]);
        var scanner = new DocumentScanner(new ScanOptions { Limits = ScanLimits.Default with { Timeout = TimeSpan.FromMilliseconds(200) } }, extractor);

        var report = await scanner.ReportAsync(Letter, "a.txt");

        Assert.Equal(Verdict.Review, report.Verdict);
        Assert.Equal(ProblemCodes.Timeout, Assert.Single(report.Problems).Code);
    }

    [Fact]
    public async Task Rules_allow_list_and_disabled_types_are_applied()
    {
        var rules = ScanRules.Parse("""{ "version": "t", "allow": ["Ｆ152601819", "王小明"], "types": { "resident-id": { "enabled": false } } }"""u8, "rules.json");
        var report = await new DocumentScanner(new ScanOptions { Rules = rules }).ReportAsync(Letter, "a.txt");

        Assert.Equal(Verdict.Release, report.Verdict);
        Assert.StartsWith("t+", report.RulesVersion);
        Assert.False(rules.IsEnabled("resident-id"));
    }

    private sealed class HangingExtractor : IDocumentExtractor
    {
        public bool CanExtract(DocScan.Core.Formats.FileFormat format) => true;

        public Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
        {
            // A synchronous parser stuck in a loop: it ignores the token, as real ones do.
            Thread.Sleep(TimeSpan.FromSeconds(5));
            return Task.CompletedTask;
        }
    }
}
