using DocScan.Cli.Serving;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Storage;
using DocScan.Tests.Shared;
using Xunit.Abstractions;

namespace DocScan.EndToEnd.Tests;

/// <summary><c>docscan serve</c>'s host (the WebJobs SDK with the blob trigger) against Azurite, documents uploaded as staff would.</summary>
public sealed class ServeEndToEndTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sample_document_uploaded_to_outbound_gets_its_report_and_routed_copy()
    {
        await using var served = await ServedStorage.StartAsync();

        var (id, _) = await served.UploadAsync("社會局/中低收入戶資格審查結果通知.docx", TestDocuments.Sample("中低收入戶資格審查結果通知.docx"));
        await served.WaitForReportsAsync([id], output);

        var report = await served.ReportAsync(id);
        Assert.Equal(Verdict.Redact, report!.Scan.Verdict);
        Assert.Contains(report.Scan.Findings, f => f.Masked == "E20****090");
        Assert.Equal([$"社會局/{id}/中低收入戶資格審查結果通知.docx"], await served.ListAsync(served.Containers.Review));
        Assert.Contains($"{id}.html", await served.ListAsync(served.Containers.Reports));
    }

    /// <summary>The formats agencies exchange (DI packages, Big5 DI, ODF) go through the trigger like any other.</summary>
    [Theory]
    [InlineData("電子公文-人行道陳情案復函.zip", SegmentSources.Di)]
    [InlineData("舊系統公文-急難救助簽.di", SegmentSources.Di)]
    [InlineData("職務報告-中正一分局.odt", SegmentSources.TrackedDeletion)]
    [InlineData("健保承保系統-在保人員查詢結果.ods", SegmentSources.Sheet)]
    public async Task Official_exchange_formats_get_their_report_like_any_other(string sample, string source)
    {
        await using var served = await ServedStorage.StartAsync();
        var (verdict, masked) = TestDocuments.Expected(sample);

        var (id, _) = await served.UploadAsync($"文書科/{sample}", TestDocuments.Sample(sample));
        await served.WaitForReportsAsync([id], output);

        var report = await served.ReportAsync(id);
        Assert.Equal(verdict, DocScan.Core.Reporting.ReportJson.VerdictId(report!.Scan.Verdict));
        Assert.Equal(masked.Order(StringComparer.Ordinal), report.Scan.Findings.Select(f => f.Masked).Order(StringComparer.Ordinal));
        Assert.Contains(report.Scan.Findings, f => f.Location.Source == source);
        Assert.Equal(new ContainerNames().For(report.Scan.Verdict), report.RoutedTo![..report.RoutedTo!.IndexOf('/')]);
    }

    [Fact]
    public async Task Document_that_always_fails_ends_in_quarantine_with_its_problem()
    {
        var engine = new FailingScanEngine();
        await using var served = await ServedStorage.StartAsync(new ServeOptions { SweepInterval = TimeSpan.Zero, MaxAttempts = 3 }, engine);

        var (id, _) = await served.UploadAsync($"陳情/{FailingScanEngine.Marker}-{TestDocuments.NationalId}.txt", TestDocuments.LetterWithId());
        await served.WaitForReportsAsync([id], output);

        var report = await served.ReportAsync(id);
        Assert.Equal(Verdict.Block, report!.Scan.Verdict);
        var problem = Assert.Single(report.Scan.Problems);
        Assert.Equal(ProblemCodes.ScanFailed, problem.Code);
        Assert.Contains("掃描已嘗試 3 次", problem.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidDataException", problem.Message, StringComparison.Ordinal);
        Assert.Equal(3, engine.Failures);
        Assert.Equal([$"陳情/{id}/{FailingScanEngine.Marker}-F15****819.txt"], await served.ListAsync(served.Containers.Quarantine));
        Assert.Empty(await served.ListAsync(served.Containers.Review));
        // The host logged every failed delivery, and no line anywhere holds the ID in the document's name or content.
        Assert.Contains(served.Logs.Lines, l => l.Contains($"Document {id} quarantined after 3 scan attempts", StringComparison.Ordinal));
        Assert.DoesNotContain(served.Logs.Lines, l => l.Contains(TestDocuments.NationalId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Same_content_uploaded_twice_has_one_report_per_blob_version()
    {
        await using var served = await ServedStorage.StartAsync();

        var first = await served.UploadAsync("公告.txt", TestDocuments.Notice());
        await served.WaitForReportsAsync([first.Id], output);
        // The polling trigger finds changes by last-modified time, kept to the second: a version written within the
        // same second as the one before is the sweep's to find (docs/serverless.md), and the sweep is off here.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var second = await served.UploadAsync("公告.txt", TestDocuments.Notice());
        await served.WaitForReportsAsync([first.Id, second.Id], output);
        // Give the host time to deliver anything twice, then count again.
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(new HashSet<string> { first.Id, second.Id }, await served.ReportIdsAsync());
        Assert.Equal(2, (await served.ListAsync(served.Containers.Released)).Count);
    }

    [Fact]
    public async Task After_the_rules_change_the_sweep_judges_old_reports_again_and_moves_the_copy()
    {
        await using var served = await ServedStorage.StartAsync();
        var (id, _) = await served.UploadAsync("函.txt", TestDocuments.LetterWithId());
        await served.WaitForReportsAsync([id], output);
        Assert.Single(await served.ListAsync(served.Containers.Review));
        var rules = Path.Combine(Path.GetTempPath(), $"docscan-rules-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(rules, """{ "version": "2026.12-1", "policy": { "national-id": "block" } }""");
        try
        {
            // Restarted with the agency's stricter rules; the trigger's receipts say the blob is done, the sweep at start knows better.
            await served.RestartHostAsync(new ServeOptions { RulesFile = rules, SweepInterval = TimeSpan.FromMinutes(10), SweepMinimumAge = TimeSpan.Zero });
            StoredReport? report = null;
            for (var waited = 0; waited < 600 && report?.Scan.RulesVersion.StartsWith("2026.12-1+", StringComparison.Ordinal) != true; waited++)
            {
                await Task.Delay(200);
                report = await served.ReportAsync(id);
            }

            Assert.StartsWith("2026.12-1+", report!.Scan.RulesVersion, StringComparison.Ordinal);
            Assert.Equal(Verdict.Block, report.Scan.Verdict);
            Assert.Single(await served.ListAsync(served.Containers.Quarantine));
            Assert.Empty(await served.ListAsync(served.Containers.Review));
            Assert.Equal(new HashSet<string> { id }, await served.ReportIdsAsync());
        }
        finally
        {
            File.Delete(rules);
        }
    }
}
