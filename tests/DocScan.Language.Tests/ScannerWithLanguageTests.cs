using System.Net;
using System.Text;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;
using DocScan.Language.Recognition;
using DocScan.Language.Tests.Support;

namespace DocScan.Language.Tests;

/// <summary>The whole pipeline with the cloud recognizer switched on, against the service on loopback.</summary>
public class ScannerWithLanguageTests
{
    // 陳建宏 is a private person mentioned in prose: no 姓名, no 申請人, no title; the rules cannot see him.
    private const string Prose = "說明：本局於本月十日接獲通報，經查陳建宏昨日晚間於公園散步時發現路燈不亮，已派員修復。";

    private static byte[] Letter(params string[] lines) =>
        Encoding.UTF8.GetBytes(string.Join("\n", ["主旨：有關本市信義區公園路燈損壞一案，復請查照。", .. lines]) + "\n");

    private static DocumentScanner Scanner(FakeLanguageService service, ScanRules? rules = null, ListLogger<DocumentScanner>? logger = null,
        ListLogger<LanguagePiiRecognizer>? recognizerLogger = null) =>
        new(new ScanOptions
        {
            Rules = rules ?? ScanRules.Default,
            Recognizers = [new LanguagePiiRecognizer(TestClients.Client(service), null, recognizerLogger)],
        }, DocumentExtractor.CreateDefault(), logger);

    private static async Task<FakeLanguageService> ServiceThatKnowsTheName()
    {
        var service = await FakeLanguageService.StartAsync();
        service.Known["陳建宏"] = ("Person", 0.92);
        return service;
    }

    [Fact]
    public async Task Finds_a_private_persons_name_in_prose_that_the_rules_alone_miss()
    {
        await using var service = await ServiceThatKnowsTheName();
        var letter = Letter(Prose);

        var rulesOnly = await new DocumentScanner().ReportAsync(letter, "復函.txt");
        var withLanguage = await Scanner(service).ReportAsync(letter, "復函.txt");

        Assert.Equal(Verdict.Release, rulesOnly.Verdict);
        Assert.Empty(rulesOnly.Findings);
        Assert.Equal(Verdict.Redact, withLanguage.Verdict);
        var finding = Assert.Single(withLanguage.Findings);
        Assert.Equal("person-name", finding.Type);
        Assert.Equal("azure-language-pii", finding.Detector);
        Assert.Equal("陳○宏", finding.Masked);
        Assert.Equal(0.92, finding.Confidence);
        Assert.Equal(SegmentSources.Body, finding.Location.Source);
        Assert.Equal(Prose.IndexOf("陳建宏", StringComparison.Ordinal), finding.Location.Start);
        Assert.Equal(3, finding.Location.Length);
        Assert.Empty(withLanguage.Problems);
        Assert.Empty(service.Violations);
        // What was sent is the extracted text of this one document, normalized as the detectors see it.
        var sent = Assert.Single(service.SentDocuments);
        Assert.Equal("復函.txt\n" + (Encoding.UTF8.GetString(letter).TrimEnd('\n')).Normalize(NormalizationForm.FormKC), (string)sent["text"]!);
        Assert.DoesNotContain("陳建宏", ReportJson.Serialize(withLanguage));
    }

    [Fact]
    public async Task An_outage_makes_the_document_review_never_release()
    {
        await using var service = await ServiceThatKnowsTheName();
        service.AlwaysStatus = HttpStatusCode.ServiceUnavailable;

        var report = await Scanner(service).ReportAsync(Letter(Prose), "復函.txt");

        Assert.Equal(Verdict.Review, report.Verdict);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(ProblemCodes.RecognizerUnavailable, problem.Code);
        Assert.Contains("HTTP 503", problem.Message);
        Assert.Contains(report.Reasons, r => r.Code == "incomplete-scan");
    }

    [Fact]
    public async Task An_outage_keeps_what_the_rules_found()
    {
        await using var service = await ServiceThatKnowsTheName();
        service.AlwaysStatus = HttpStatusCode.InternalServerError;

        var report = await Scanner(service).ReportAsync(Letter("身分證統一編號：F152601819"), "復函.txt");

        Assert.Equal(Verdict.Review, report.Verdict);
        Assert.Single(report.Findings, f => f.Type == "national-id");
    }

    [Fact]
    public async Task Throttling_is_retried_and_the_scan_completes()
    {
        await using var service = await ServiceThatKnowsTheName();
        service.ReplyOnceWith(HttpStatusCode.TooManyRequests, ("Retry-After", "1"));

        var report = await Scanner(service).ReportAsync(Letter(Prose), "復函.txt");

        Assert.Equal(2, service.Requests.Count);
        Assert.Equal(Verdict.Redact, report.Verdict);
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task A_document_part_the_service_rejects_makes_the_document_review()
    {
        await using var service = await ServiceThatKnowsTheName();
        service.FailDocumentsContaining = "路燈";

        var report = await Scanner(service).ReportAsync(Letter(Prose), "復函.txt");

        Assert.Equal(Verdict.Review, report.Verdict);
        Assert.Equal(ProblemCodes.RecognizerIncomplete, Assert.Single(report.Problems).Code);
    }

    [Fact]
    public async Task A_public_official_listed_in_the_rules_is_not_a_private_person()
    {
        await using var service = await ServiceThatKnowsTheName();
        var rules = ScanRules.Default with { Officials = ["陳建宏"] };

        var report = await Scanner(service, rules).ReportAsync(Letter(Prose), "復函.txt");

        Assert.Equal(Verdict.Release, report.Verdict);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public async Task The_same_span_and_type_found_twice_is_one_finding_with_the_stronger_confidence()
    {
        const string line = "說明：陳情人身分證統一編號：F152601819。";
        await using var strong = await FakeLanguageService.StartAsync();
        strong.Known["F152601819"] = ("TWNationalID", 1.0);
        await using var weak = await FakeLanguageService.StartAsync();
        weak.Known["F152601819"] = ("TWNationalID", 0.3);

        var rulesOnly = Assert.Single((await new DocumentScanner().ReportAsync(Letter(line), "a.txt")).Findings);
        var strongerCloud = Assert.Single((await Scanner(strong).ReportAsync(Letter(line), "a.txt")).Findings);
        var weakerCloud = Assert.Single((await Scanner(weak).ReportAsync(Letter(line), "a.txt")).Findings);

        Assert.True(rulesOnly.Confidence < 1.0);
        Assert.Equal((rulesOnly.Location.Start, rulesOnly.Location.Length), (strongerCloud.Location.Start, strongerCloud.Location.Length));
        Assert.Equal(1.0, strongerCloud.Confidence);
        Assert.Equal("F15****819", strongerCloud.Masked);
        Assert.Equal(rulesOnly.Confidence, weakerCloud.Confidence);
        Assert.Equal(rulesOnly.Detector, weakerCloud.Detector);
    }

    [Fact]
    public async Task An_evaluator_on_the_roster_stays_an_evaluator()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.Known["黃國華"] = ("Person", 0.99);
        var rules = ScanRules.Default with { Evaluators = ["黃國華"] };

        var report = await Scanner(service, rules).ReportAsync(Letter("說明：出席人員黃國華建議增設分類回收站。"), "紀錄.txt");

        Assert.Equal("evaluator-name", Assert.Single(report.Findings).Type);
        Assert.Equal(Verdict.DualDraft, report.Verdict);
    }

    [Fact]
    public async Task The_agencys_letterhead_contacts_are_not_findings()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.Known["臺北市信義區市府路1號"] = ("Address", 0.95);
        service.Known["02-27208889"] = ("PhoneNumber", 0.95);
        service.Known["clerk@epb.gov.taipei"] = ("Email", 0.95);
        var rules = ScanRules.Default with
        {
            Agency = new AgencyRules { Domains = ["gov.taipei"], Addresses = ["臺北市信義區市府路1號"], Phones = ["(02)2720-8889"] },
        };

        var report = await Scanner(service, rules).ReportAsync(
            Letter("地址：臺北市信義區市府路1號", "聯絡方式：02-27208889、clerk@epb.gov.taipei"), "函.txt");

        Assert.Empty(report.Findings);
        Assert.Equal(Verdict.Release, report.Verdict);
    }

    [Theory]
    [InlineData("""{ "cloud": { "enabled": false } }""", "/srv/outbound/一般/復函.txt", "")]
    [InlineData("""{ "cloud": { "forbiddenPaths": ["人事室"] } }""", "/srv/outbound/人事室/復函.txt", "")]
    [InlineData("""{ "cloud": { "forbiddenPaths": ["**/政風*/**"] } }""", @"C:\outbound\政風室\2025\復函.txt", "")]
    [InlineData("""{ "cloud": { "forbiddenWhenFound": ["criminal-record"] } }""", "/srv/outbound/復函.txt", "經查陳建宏有竊盜前科2犯。")]
    [InlineData("{}", "/srv/outbound/復函.txt", "密等：機密")]
    public async Task The_rules_can_keep_a_documents_text_from_the_cloud(string rulesJson, string location, string extraLine)
    {
        await using var service = await ServiceThatKnowsTheName();
        var rules = ScanRules.Parse(Encoding.UTF8.GetBytes(rulesJson), "rules.json");
        var logger = new ListLogger<DocumentScanner>();

        var report = await Scanner(service, rules, logger).ReportAsync(Letter(Prose, extraLine), "復函.txt", location, CancellationToken.None);

        Assert.Empty(service.Requests);
        Assert.DoesNotContain(report.Findings, f => f.Detector == "azure-language-pii");
        Assert.Empty(report.Problems);
        Assert.Contains(logger.Lines, l => l.Contains("text kept from recognizer", StringComparison.Ordinal));
        Assert.All(logger.Lines, l => Assert.DoesNotContain(location, l));
    }

    [Fact]
    public async Task A_folder_the_rules_do_not_name_is_sent()
    {
        await using var service = await ServiceThatKnowsTheName();
        var rules = ScanRules.Parse("""{ "cloud": { "forbiddenPaths": ["人事室"] } }"""u8, "rules.json");

        var report = await Scanner(service, rules).ReportAsync(Letter(Prose), "復函.txt", "/srv/outbound/非人事室/復函.txt", CancellationToken.None);

        Assert.Single(service.Requests);
        Assert.Single(report.Findings);
    }

    [Fact]
    public async Task A_file_is_matched_by_its_path_on_disk()
    {
        await using var service = await ServiceThatKnowsTheName();
        var rules = ScanRules.Parse("""{ "cloud": { "forbiddenPaths": ["人事室"] } }"""u8, "rules.json");
        var folder = Path.Combine(Path.GetTempPath(), "docscan-lang-" + Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "人事室", "復函.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, Letter(Prose));
        try
        {
            var report = await Scanner(service, rules).ReportFileAsync(file);

            Assert.Empty(service.Requests);
            Assert.Equal(Verdict.Release, report.Verdict);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Logs_hold_no_text_no_values_and_no_paths()
    {
        await using var service = await ServiceThatKnowsTheName();
        service.Known["F152601819"] = ("TWNationalID", 0.99);
        service.Warn = true;
        var scannerLog = new ListLogger<DocumentScanner>();
        var recognizerLog = new ListLogger<LanguagePiiRecognizer>();

        await Scanner(service, logger: scannerLog, recognizerLogger: recognizerLog)
            .ReportAsync(Letter(Prose, "身分證統一編號：F152601819"), "陳建宏陳情書.txt", "/srv/outbound/陳建宏/陳情書.txt", CancellationToken.None);
        service.AlwaysStatus = HttpStatusCode.ServiceUnavailable;
        await Scanner(service, logger: scannerLog, recognizerLogger: recognizerLog).ReportAsync(Letter(Prose), "陳建宏.txt");

        Assert.Contains(recognizerLog.Lines, l => l.Contains("LongWordsInDocument", StringComparison.Ordinal));
        Assert.Contains(scannerLog.Lines, l => l.Contains("failed", StringComparison.Ordinal));
        Assert.All(scannerLog.Lines.Concat(recognizerLog.Lines), line =>
        {
            Assert.DoesNotContain("陳建宏", line);
            Assert.DoesNotContain("F152601819", line);
            Assert.DoesNotContain("路燈", line);
            Assert.DoesNotContain(TestClients.Key, line);
        });
    }
}
