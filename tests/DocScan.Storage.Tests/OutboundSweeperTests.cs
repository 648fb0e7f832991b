using System.Text;
using DocScan.Core.Policy;
using DocScan.Core.Rules;
using DocScan.Core.Tests.Support;
using DocScan.Storage;
using DocScan.Tests.Shared;

namespace DocScan.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class OutboundSweeperTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Documents_without_a_report_are_scanned_and_done_ones_are_left_alone()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        var done = await storage.UploadAndScanAsync("已掃描.txt", TestDocuments.Notice());
        await storage.UploadAsync("漏掉的/函.txt", TestDocuments.LetterWithId());
        await storage.UploadAsync("漏掉的/公告.txt", TestDocuments.Notice(2));

        var result = await Sweeper(storage).SweepAsync(CancellationToken.None);

        Assert.Equal(new SweepResult(Examined: 3, Missing: 2, Stale: 0, Rescanned: 2, Failed: 0), result);
        Assert.Equal(3, (await storage.ReportIdsAsync()).Count);
        Assert.Contains(done.DocumentId!, await storage.ReportIdsAsync());
        Assert.Equal(new SweepResult(3, 0, 0, 0, 0), await Sweeper(storage).SweepAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Documents_judged_by_other_rules_are_scanned_again_and_their_copy_follows_the_new_verdict()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        var before = await storage.UploadAndScanAsync("函.txt", TestDocuments.LetterWithId());
        Assert.StartsWith(storage.Containers.Review + "/", before.RoutedTo, StringComparison.Ordinal);
        // The agency now blocks anything carrying a national ID.
        var stricter = ScanRules.Parse(Encoding.UTF8.GetBytes("""{ "version": "2026.12-1", "policy": { "national-id": "block" } }"""), "rules.json");
        var now = storage.With(new DocumentScanEngine(stricter));

        var result = await Sweeper(now).SweepAsync(CancellationToken.None);

        Assert.Equal(1, result.Stale);
        Assert.Equal(1, result.Rescanned);
        var report = await now.ReportAsync(before.DocumentId!);
        Assert.Equal(stricter.EffectiveVersion, report.Scan.RulesVersion);
        Assert.Equal(Verdict.Block, report.Scan.Verdict);
        Assert.StartsWith(storage.Containers.Quarantine + "/", report.RoutedTo, StringComparison.Ordinal);
        Assert.Equal(stricter.EffectiveVersion, (await now.TagsAsync(report.RoutedTo!))[BlobKeys.RulesTag]);
        Assert.Empty(await storage.ListAsync(storage.Containers.Review));
        Assert.Single(await storage.ReportIdsAsync());
        Assert.Equal(0, (await Sweeper(now).SweepAsync(CancellationToken.None)).Stale);
    }

    [Fact]
    public async Task Young_documents_are_left_to_their_trigger()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        await storage.UploadAsync("剛上傳.txt", TestDocuments.Notice());
        storage.Options.SweepMinimumAge = TimeSpan.FromHours(1);

        var result = await Sweeper(storage).SweepAsync(CancellationToken.None);

        Assert.Equal(0, result.Examined);
        Assert.Empty(await storage.ReportIdsAsync());
    }

    [Fact]
    public async Task A_failing_document_does_not_stop_the_sweep_and_is_quarantined_once_its_attempts_run_out()
    {
        var storage = await StorageHarness.CreateAsync(azurite, new FailingScanEngine(), maxAttempts: 2);
        await storage.UploadAsync($"{FailingScanEngine.Marker}.txt", TestDocuments.Notice());
        await storage.UploadAsync("公告.txt", TestDocuments.Notice());
        var log = new ListLogger<OutboundSweeper>();

        var first = await Sweeper(storage, log).SweepAsync(CancellationToken.None);
        var second = await Sweeper(storage, log).SweepAsync(CancellationToken.None);

        Assert.Equal((2, 1, 1), (first.Missing, first.Rescanned, first.Failed));
        Assert.Equal((1, 1, 0), (second.Missing, second.Rescanned, second.Failed));
        Assert.Equal(2, (await storage.ReportIdsAsync()).Count);
        Assert.Single(await storage.ListAsync(storage.Containers.Quarantine));
        Assert.Contains(log.Lines, l => l.StartsWith("Sweep could not scan document", StringComparison.Ordinal));
    }

    private static OutboundSweeper Sweeper(StorageHarness storage, ListLogger<OutboundSweeper>? log = null) =>
        new(storage.Service, storage.Options, storage.Engine, storage.Scanner, logger: log);
}
