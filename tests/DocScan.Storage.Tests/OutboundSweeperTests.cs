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

    [Fact]
    public async Task Every_blob_gets_exactly_one_report_whatever_its_name()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        string[] names =
        [
            "測試/壞檔/../逃脫.txt",
            "./點開頭/./公告.txt",
            "反斜線\\子資料夾\\..\\公告.txt",
            "結尾點./復函.txt.",
            "雙斜線//公告.txt",
            "%2E%2E/百分比%2F公告.txt",
            "收文/..",
            "caf\u00e9-公告.txt",
            "cafe\u0301-公告.txt",
            $"陳情人{TestDocuments.NationalId}/陳情書-{TestDocuments.NationalId}.txt",
            "地政/土地登記謄本-龍泉段0123地號.txt",
            string.Join('/', Enumerable.Range(1, 40).Select(i => $"第{i}層")) + "/公告.txt",
            string.Concat(Enumerable.Repeat("很長的資料夾名稱/", 77)) + new string('長', 300) + ".txt",
        ];
        var stored = new Dictionary<string, string>();
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            var content = i % 2 == 0 ? TestDocuments.LetterWithId(number: i) : TestDocuments.Notice(i);
            var (storedName, etag) = await azurite.UploadExactAsync(storage.Containers.Outbound, name, content);
            stored[DocumentIds.For(storage.Containers.Outbound, storedName, etag)] = storedName;
        }

        Assert.Equal(names.Length, stored.Count);
        Assert.Contains("測試/壞檔/../逃脫.txt", stored.Values);

        var result = await Sweeper(storage).SweepAsync(CancellationToken.None);

        Assert.Equal(new SweepResult(names.Length, names.Length, 0, names.Length, 0), result);
        Assert.Equal(stored.Keys.Order(), (await storage.ReportIdsAsync()).Order());
        Assert.DoesNotContain(storage.ScanLog.Lines, l => l.Contains("was not found when its scan began", StringComparison.Ordinal));
        var copies = (await storage.ListAsync(storage.Containers.Review)).Concat(await storage.ListAsync(storage.Containers.Released)).ToList();
        Assert.Equal(names.Length, copies.Count);
        foreach (var (id, name) in stored)
        {
            var report = await storage.ReportAsync(id);
            Assert.Empty(report.Scan.Problems);
            Assert.Equal(storage.Engine.Mask(name), report.Source.Path);
            var copy = Assert.Single(copies, c => c.Split('/').Contains(id));
            Assert.Equal(report.RoutedTo, $"{storage.Containers.For(report.Scan.Verdict)}/{copy}");
            Assert.DoesNotContain(copy.Split('/'), segment => segment is "" or "." or "..");
            Assert.InRange(copy.Length, 1, 1024);
        }

        // A national ID in a name is masked wherever the name goes; a land parcel (listed only) stays readable.
        Assert.All(copies.Concat(storage.ScanLog.Lines), n => Assert.DoesNotContain(TestDocuments.NationalId, n, StringComparison.Ordinal));
        Assert.Contains(copies, c => c.EndsWith("/土地登記謄本-龍泉段0123地號.txt", StringComparison.Ordinal));
        Assert.Equal(new SweepResult(names.Length, 0, 0, 0, 0), await Sweeper(storage).SweepAsync(CancellationToken.None));
    }

    private static OutboundSweeper Sweeper(StorageHarness storage, ListLogger<OutboundSweeper>? log = null) =>
        new(storage.Service, storage.Options, storage.Engine, storage.Scanner, TimeProvider.System, log);
}
