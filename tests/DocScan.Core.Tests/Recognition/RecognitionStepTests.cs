using System.Text;
using DocScan.Core.Detection;
using DocScan.Core.Detection.Recognition;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Recognition;

/// <summary>The scanner's recognizer step with recognizers that answer from a script (the Azure one is tested in DocScan.Language.Tests).</summary>
public class RecognitionStepTests
{
    private static readonly byte[] Letter = Encoding.UTF8.GetBytes("主旨：復請查照。\n說明：經查陳建宏昨日到場說明。\n");

    private sealed class ScriptedRecognizer(Func<IReadOnlyList<TextSegment>, RecognitionResult> answer, bool remote = true) : IAsyncDocumentRecognizer
    {
        public List<IReadOnlyList<TextSegment>> Calls { get; } = [];

        public string Id => "scripted";

        public bool SendsTextOffMachine => remote;

        public Task<RecognitionResult> RecognizeAsync(IReadOnlyList<TextSegment> segments, CancellationToken cancellationToken)
        {
            Calls.Add(segments);
            return Task.FromResult(answer(segments));
        }
    }

    private static RecognitionResult FindName(IReadOnlyList<TextSegment> segments)
    {
        var line = segments.Single(s => s.Text.Contains("陳建宏", StringComparison.Ordinal));
        return new RecognitionResult([new RecognizedEntity(FindingTypes.PersonName, line, line.Text.IndexOf("陳建宏", StringComparison.Ordinal), 3, 0.9)], []);
    }

    private static Task<DocScan.Core.Reporting.ScanReport> Scan(IAsyncDocumentRecognizer recognizer, ScanRules? rules = null) =>
        new DocumentScanner(new ScanOptions { Rules = rules ?? ScanRules.Default, Recognizers = [recognizer] }).ReportAsync(Letter, "復函.txt");

    [Fact]
    public async Task The_recognizer_sees_every_segment_the_detectors_saw_and_its_entities_become_findings()
    {
        var recognizer = new ScriptedRecognizer(FindName);

        var report = await Scan(recognizer);

        var segments = Assert.Single(recognizer.Calls);
        Assert.Equal(["復函.txt", "主旨：復請查照。", "說明：經查陳建宏昨日到場說明。"], segments.Select(s => s.Text));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(("person-name", "scripted", "陳○宏", 5), (finding.Type, finding.Detector, finding.Masked, finding.Location.Start));
        Assert.Equal(Verdict.Redact, report.Verdict);
    }

    [Fact]
    public async Task The_rules_file_still_applies_to_what_a_recognizer_finds()
    {
        var recognizer = new ScriptedRecognizer(FindName);

        var allowed = await Scan(recognizer, ScanRules.Default with { Allow = ["陳建宏"] });
        var switchedOff = await Scan(recognizer, ScanRules.Default with { Types = new Dictionary<string, TypeRules> { ["person-name"] = new() { Enabled = false } } });
        var tooUnsure = await Scan(recognizer, ScanRules.Default with { Types = new Dictionary<string, TypeRules> { ["person-name"] = new() { MinConfidence = 0.95 } } });

        Assert.All([allowed, switchedOff, tooUnsure], r => Assert.Empty(r.Findings));
    }

    [Fact]
    public async Task A_recognizer_that_throws_makes_the_document_review_with_its_own_message()
    {
        var known = await Scan(new ScriptedRecognizer(_ => throw new RecognizerException("雲端個資辨識服務無法使用（HTTP 503）。", "HTTP 503")));
        var unknown = await Scan(new ScriptedRecognizer(_ => throw new InvalidOperationException("陳建宏")));

        Assert.Equal(Verdict.Review, known.Verdict);
        Assert.Equal("雲端個資辨識服務無法使用（HTTP 503）。", Assert.Single(known.Problems).Message);
        Assert.Equal(Verdict.Review, unknown.Verdict);
        Assert.Equal(ProblemCodes.RecognizerUnavailable, Assert.Single(unknown.Problems).Code);
        Assert.DoesNotContain("陳建宏", unknown.Problems[0].Message);
    }

    [Fact]
    public async Task Entities_outside_their_segment_or_of_unknown_types_are_a_failure_not_findings()
    {
        var outside = await Scan(new ScriptedRecognizer(s => new RecognitionResult([new RecognizedEntity(FindingTypes.PersonName, s[0], 5, 50, 0.9)], [])));
        var unknownType = await Scan(new ScriptedRecognizer(s => new RecognitionResult([new RecognizedEntity("organization", s[0], 0, 2, 0.9)], [])));

        Assert.All([outside, unknownType], r =>
        {
            Assert.Equal(Verdict.Review, r.Verdict);
            Assert.Empty(r.Findings);
        });
    }

    [Fact]
    public async Task Problems_a_recognizer_reports_make_the_document_review()
    {
        var report = await Scan(new ScriptedRecognizer(s => FindName(s) with { Problems = [new ScanProblem(ProblemCodes.RecognizerIncomplete, "部分文字未能分析。")] }));

        Assert.Equal(Verdict.Review, report.Verdict);
        Assert.Single(report.Findings);
    }

    [Fact]
    public async Task Rules_that_forbid_the_cloud_stop_remote_recognizers_only()
    {
        var rules = ScanRules.Default with { Cloud = new CloudRules { Enabled = false } };
        var remote = new ScriptedRecognizer(FindName);
        var local = new ScriptedRecognizer(FindName, remote: false);

        var withheld = await Scan(remote, rules);
        var onMachine = await Scan(local, rules);

        Assert.Empty(remote.Calls);
        Assert.Empty(withheld.Findings);
        Assert.Single(local.Calls);
        Assert.Single(onMachine.Findings);
    }

    [Fact]
    public async Task A_classified_document_is_never_sent()
    {
        var remote = new ScriptedRecognizer(FindName);
        var scanner = new DocumentScanner(new ScanOptions { Recognizers = [remote] });

        var report = await scanner.ReportAsync(Encoding.UTF8.GetBytes("密等：機密\n說明：經查陳建宏昨日到場說明。\n"), "函.txt");

        Assert.Empty(remote.Calls);
        Assert.Equal(Verdict.Block, report.Verdict);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_a_problem()
    {
        using var cancel = new CancellationTokenSource();
        var recognizer = new ScriptedRecognizer(_ =>
        {
            cancel.Cancel();
            throw new OperationCanceledException(cancel.Token);
        });
        var scanner = new DocumentScanner(new ScanOptions { Recognizers = [recognizer] });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scanner.ReportAsync(Letter, "復函.txt", cancel.Token));
    }

    [Fact]
    public async Task Logs_name_the_recognizer_and_counts_never_the_text()
    {
        var logger = new ListLogger<DocumentScanner>();
        var scanner = new DocumentScanner(new ScanOptions { Recognizers = [new ScriptedRecognizer(FindName)] }, DocumentExtractor.CreateDefault(), logger);

        await scanner.ReportAsync(Letter, "陳建宏.txt");

        Assert.Contains(logger.Lines, l => l.Contains("recognizer scripted", StringComparison.Ordinal));
        Assert.All(logger.Lines, l => Assert.DoesNotContain("陳建宏", l));
    }
}
