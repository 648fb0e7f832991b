using System.Text;
using Azure.Storage.Blobs.Models;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Storage;
using DocScan.Tests.Shared;

namespace DocScan.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class OutboundScanServiceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Letter_with_an_id_gets_json_and_html_reports_and_a_tagged_copy_in_review()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        var name = "社會局/2024/復函.txt";
        var content = TestDocuments.LetterWithId();

        var outcome = await storage.UploadAndScanAsync(name, content);

        Assert.Equal(ScanOutcomeKind.Scanned, outcome.Kind);
        Assert.Equal("redact", outcome.Verdict);
        var id = outcome.DocumentId!;
        var report = await storage.ReportAsync(id);
        Assert.Equal(Verdict.Redact, report.Scan.Verdict);
        Assert.Contains(report.Scan.Findings, f => f.Type == "national-id" && f.Masked == "F15****819");
        Assert.All(report.Scan.Findings, f => Assert.Null(f.Value));
        Assert.Equal(storage.Containers.Outbound, report.Source.Container);
        Assert.Equal(name, report.Source.Path);

        var json = await storage.TextAsync(storage.Containers.Reports, id + ".json");
        var html = await storage.TextAsync(storage.Containers.Reports, id + ".html");
        Assert.DoesNotContain(TestDocuments.NationalId, json, StringComparison.Ordinal);
        Assert.DoesNotContain(TestDocuments.NationalId, html, StringComparison.Ordinal);
        Assert.Contains("須遮蔽", html, StringComparison.Ordinal);
        Assert.Contains("F15****819", html, StringComparison.Ordinal);

        Assert.Equal($"{storage.Containers.Review}/社會局/2024/{id}/復函.txt", report.RoutedTo);
        var copy = storage.Blob(report.RoutedTo!);
        Assert.Equal(content, (await copy.DownloadContentAsync()).Value.Content.ToArray());
        var tags = await storage.TagsAsync(report.RoutedTo!);
        Assert.Equal("redact", tags[BlobKeys.VerdictTag]);
        Assert.Equal(ScanRules.Default.EffectiveVersion, tags[BlobKeys.RulesTag]);
        Assert.Equal(id, tags[BlobKeys.IdTag]);
        var metadata = (await copy.GetPropertiesAsync()).Value.Metadata;
        Assert.Equal(id, metadata[BlobKeys.Id]);
        Assert.Equal($"{storage.Containers.Outbound}/{name}", BlobKeys.Unescape(metadata[BlobKeys.Source]));
        Assert.Empty(await storage.ListAsync(storage.Containers.Released));
        Assert.Empty(await storage.ListAsync(storage.Containers.Quarantine));
    }

    [Fact]
    public async Task Redact_document_gets_a_self_checked_draft_beside_its_copy_in_review()
    {
        var storage = await StorageHarness.CreateAsync(azurite);

        var outcome = await storage.UploadAndScanAsync("社會局/復函.txt", TestDocuments.LetterWithId());
        var again = await storage.Scanner.ScanAsync(storage.Containers.Outbound, "社會局/復函.txt", CancellationToken.None);

        var id = outcome.DocumentId!;
        var drafts = (await storage.Container(storage.Containers.Review).NamesAsync()).Where(DraftStore.IsDraft).ToList();
        var release = Assert.Single(drafts, n => n.StartsWith($"社會局/{id}/drafts/release/", StringComparison.Ordinal));
        Assert.Contains(drafts, n => n.EndsWith(".draft.json", StringComparison.Ordinal));
        var text = await storage.TextAsync(storage.Containers.Review, release);
        Assert.DoesNotContain(TestDocuments.NationalId, text, StringComparison.Ordinal);
        Assert.Contains("主旨", text, StringComparison.Ordinal);
        Assert.Equal(ScanOutcomeKind.AlreadyScanned, again.Kind);
        Assert.Single(await storage.ListAsync(storage.Containers.Review)); // the routed copy; drafts are beside it
    }

    [Fact]
    public async Task Notice_is_released_and_the_original_stays_as_it_was()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        var etag = await storage.UploadAsync("公告.txt", TestDocuments.Notice());

        var outcome = await storage.Scanner.ScanAsync(storage.Containers.Outbound, "公告.txt", CancellationToken.None);

        Assert.Equal("release", outcome.Verdict);
        Assert.StartsWith(storage.Containers.Released + "/", outcome.RoutedTo, StringComparison.Ordinal);
        Assert.Equal("release", (await storage.TagsAsync(outcome.RoutedTo!))[BlobKeys.VerdictTag]);
        var original = storage.Container(storage.Containers.Outbound).GetBlobClient("公告.txt");
        Assert.Equal(etag, (await original.GetPropertiesAsync()).Value.ETag);
        Assert.Empty((await original.GetTagsAsync()).Value.Tags);
        Assert.Equal(TestDocuments.Notice(), (await original.DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task Damaged_document_goes_to_review_with_its_problem()
    {
        var storage = await StorageHarness.CreateAsync(azurite);

        var outcome = await storage.UploadAndScanAsync("損毀.docx", TestDocuments.Damaged());

        var report = await storage.ReportAsync(outcome.DocumentId!);
        Assert.Equal(Verdict.Review, report.Scan.Verdict);
        Assert.NotEmpty(report.Scan.Problems);
        Assert.StartsWith(storage.Containers.Review + "/", report.RoutedTo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Same_version_delivered_twice_has_one_report_and_one_copy()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        var first = await storage.UploadAndScanAsync("函.txt", TestDocuments.LetterWithId());

        var second = await storage.Scanner.ScanAsync(storage.Containers.Outbound, "函.txt", CancellationToken.None);

        Assert.Equal(ScanOutcomeKind.AlreadyScanned, second.Kind);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal([first.DocumentId!], await storage.ReportIdsAsync());
        Assert.Single(await storage.ListAsync(storage.Containers.Review));
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_version_leave_one_report_and_one_copy()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        await storage.UploadAsync("同時.txt", TestDocuments.LetterWithId());

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(_ => storage.Scanner.ScanAsync(storage.Containers.Outbound, "同時.txt", CancellationToken.None)));

        Assert.Single(outcomes.Select(o => o.DocumentId).Distinct());
        Assert.Single(await storage.ReportIdsAsync());
        Assert.Single(await storage.ListAsync(storage.Containers.Review));
        Assert.DoesNotContain(await storage.ListAsync(storage.Containers.Reports), n => n.Contains(".attempts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task New_version_of_the_same_name_gets_a_new_report_and_its_own_copy()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        var first = await storage.UploadAndScanAsync("函.txt", TestDocuments.LetterWithId());
        await storage.Container(storage.Containers.Outbound).GetBlobClient("函.txt")
            .UploadAsync(BinaryData.FromBytes(TestDocuments.LetterWithId(TestDocuments.OtherNationalId)), overwrite: true);

        var second = await storage.Scanner.ScanAsync(storage.Containers.Outbound, "函.txt", CancellationToken.None);

        Assert.Equal(ScanOutcomeKind.Scanned, second.Kind);
        Assert.NotEqual(first.DocumentId, second.DocumentId);
        Assert.Equal(new[] { first.DocumentId, second.DocumentId }.Order(), (await storage.ReportIdsAsync()).Order());
        Assert.Equal(2, (await storage.ListAsync(storage.Containers.Review)).Count);
        Assert.Contains((await storage.ReportAsync(second.DocumentId!)).Scan.Findings, f => f.Masked == "H25****019");
    }

    [Fact]
    public async Task Same_content_uploaded_twice_is_two_versions_with_a_report_each()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        var first = await storage.UploadAndScanAsync("公告.txt", TestDocuments.Notice());
        await storage.Container(storage.Containers.Outbound).GetBlobClient("公告.txt").UploadAsync(BinaryData.FromBytes(TestDocuments.Notice()), overwrite: true);

        var second = await storage.Scanner.ScanAsync(storage.Containers.Outbound, "公告.txt", CancellationToken.None);

        Assert.NotEqual(first.DocumentId, second.DocumentId);
        Assert.Equal(2, (await storage.ReportIdsAsync()).Count);
    }

    [Fact]
    public async Task Document_that_always_fails_is_retried_then_quarantined_with_the_reason()
    {
        var engine = new FailingScanEngine();
        var storage = await StorageHarness.CreateAsync(azurite, engine, maxAttempts: 3);
        var name = $"{FailingScanEngine.Marker}-{TestDocuments.NationalId}.txt";
        await storage.UploadAsync(name, TestDocuments.Notice());

        for (var attempt = 1; attempt < 3; attempt++)
        {
            var failure = await Assert.ThrowsAsync<DocumentScanFailedException>(
                () => storage.Scanner.ScanAsync(storage.Containers.Outbound, name, CancellationToken.None));
            Assert.Equal(attempt, failure.Attempt);
            Assert.DoesNotContain(TestDocuments.NationalId, failure.Message, StringComparison.Ordinal);
            Assert.Empty(await storage.ReportIdsAsync());
        }

        var outcome = await storage.Scanner.ScanAsync(storage.Containers.Outbound, name, CancellationToken.None);

        Assert.Equal(ScanOutcomeKind.Quarantined, outcome.Kind);
        Assert.Equal(3, engine.Failures);
        var report = await storage.ReportAsync(outcome.DocumentId!);
        Assert.Equal(Verdict.Block, report.Scan.Verdict);
        var problem = Assert.Single(report.Scan.Problems);
        Assert.Equal(ProblemCodes.ScanFailed, problem.Code);
        Assert.Contains("3 次", problem.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidDataException: parser crashed on always-fails-F15****819.txt", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith(storage.Containers.Quarantine + "/", report.RoutedTo, StringComparison.Ordinal);
        Assert.Equal(TestDocuments.Notice(), (await storage.Blob(report.RoutedTo!).DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal("block", (await storage.TagsAsync(report.RoutedTo!))[BlobKeys.VerdictTag]);
        Assert.DoesNotContain(await storage.ListAsync(storage.Containers.Reports), n => n.Contains(".attempts", StringComparison.Ordinal));

        // Delivered once more after the quarantine: nothing changes.
        Assert.Equal(ScanOutcomeKind.AlreadyScanned, (await storage.Scanner.ScanAsync(storage.Containers.Outbound, name, CancellationToken.None)).Kind);
        Assert.Equal(3, engine.Failures);
    }

    [Fact]
    public async Task Document_whose_attempts_never_came_back_is_quarantined_without_scanning_again()
    {
        var engine = new FailingScanEngine();
        var storage = await StorageHarness.CreateAsync(azurite, engine, maxAttempts: 2);
        var etag = await storage.UploadAsync("崩潰.txt", TestDocuments.Notice());
        var id = DocumentIds.For(storage.Containers.Outbound, "崩潰.txt", etag);
        // Two scans started and neither finished nor failed: the process died under them.
        var attempts = new AttemptLog(storage.Service, storage.Containers);
        await attempts.StartAsync(id, CancellationToken.None);
        await attempts.StartAsync(id, CancellationToken.None);

        var outcome = await storage.Scanner.ScanAsync(storage.Containers.Outbound, "崩潰.txt", CancellationToken.None);

        Assert.Equal(ScanOutcomeKind.Quarantined, outcome.Kind);
        var problem = Assert.Single((await storage.ReportAsync(id)).Scan.Problems);
        Assert.Contains("處理程序可能在掃描途中中止", problem.Message, StringComparison.Ordinal);
        Assert.Single(await storage.ListAsync(storage.Containers.Quarantine));
    }

    [Fact]
    public async Task Names_holding_an_id_are_masked_in_reports_copies_and_logs()
    {
        var engine = new FailingScanEngine();
        var storage = await StorageHarness.CreateAsync(azurite, engine, maxAttempts: 2);
        var plain = $"陳情/{TestDocuments.NationalId}-陳情書.txt";
        var failing = $"陳情/{FailingScanEngine.Marker}-{TestDocuments.NationalId}.txt";
        await storage.UploadAsync(failing, TestDocuments.LetterWithId());

        var scanned = await storage.UploadAndScanAsync(plain, TestDocuments.LetterWithId());
        await Assert.ThrowsAsync<DocumentScanFailedException>(() => storage.Scanner.ScanAsync(storage.Containers.Outbound, failing, CancellationToken.None));
        var quarantined = await storage.Scanner.ScanAsync(storage.Containers.Outbound, failing, CancellationToken.None);
        await storage.Scanner.ScanAsync(storage.Containers.Outbound, plain, CancellationToken.None);

        Assert.Equal($"{storage.Containers.Review}/陳情/{scanned.DocumentId}/F15****819-陳情書.txt", scanned.RoutedTo);
        foreach (var container in new[] { storage.Containers.Reports, storage.Containers.Review, storage.Containers.Quarantine })
        {
            foreach (var blob in await storage.ListAsync(container))
            {
                Assert.DoesNotContain(TestDocuments.NationalId, blob, StringComparison.Ordinal);
                var properties = await storage.Container(container).GetBlobClient(blob).GetPropertiesAsync();
                Assert.All(properties.Value.Metadata.Values, v => Assert.DoesNotContain(TestDocuments.NationalId, BlobKeys.Unescape(v), StringComparison.Ordinal));
            }
        }

        foreach (var id in new[] { scanned.DocumentId!, quarantined.DocumentId! })
        {
            Assert.DoesNotContain(TestDocuments.NationalId, await storage.TextAsync(storage.Containers.Reports, id + ".json"), StringComparison.Ordinal);
            Assert.DoesNotContain(TestDocuments.NationalId, await storage.TextAsync(storage.Containers.Reports, id + ".html"), StringComparison.Ordinal);
        }

        var log = string.Join("\n", storage.ScanLog.Lines);
        Assert.DoesNotContain(TestDocuments.NationalId, log, StringComparison.Ordinal);
        // One line names the document by both its ids, so the scanner's own lines (by content hash) can be joined to it.
        var sha = (await storage.ReportAsync(scanned.DocumentId!)).Scan.Document.Sha256[..16];
        Assert.Contains(storage.ScanLog.Lines, l => l.StartsWith($"Scanned document {scanned.DocumentId} (", StringComparison.Ordinal)
                                                    && l.Contains($"content {sha}", StringComparison.Ordinal));
        Assert.Contains("Verdict=redact", log, StringComparison.Ordinal);
        Assert.Contains("TotalMs=", log, StringComparison.Ordinal);
        Assert.Contains($"Scan of document {quarantined.DocumentId} failed, attempt 1 of 2", log, StringComparison.Ordinal);
        Assert.Contains($"Document {quarantined.DocumentId} quarantined after 2 scan attempts", log, StringComparison.Ordinal);
        Assert.Contains($"Document {scanned.DocumentId} already has its report", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_over_the_size_limit_is_not_read_but_reported_and_copied_for_review()
    {
        var engine = new FailingScanEngine { Limits = ScanLimits.Default with { MaxDocumentBytes = 100 } };
        var storage = await StorageHarness.CreateAsync(azurite, engine);
        var content = Encoding.UTF8.GetBytes(new string('公', 400));

        var outcome = await storage.UploadAndScanAsync("大檔.txt", content);

        var report = await storage.ReportAsync(outcome.DocumentId!);
        Assert.Equal(Verdict.Review, report.Scan.Verdict);
        Assert.Equal(ProblemCodes.TooLarge, Assert.Single(report.Scan.Problems).Code);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), report.Scan.Document.Sha256);
        Assert.Equal(content, (await storage.Blob(report.RoutedTo!).DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task Blob_deleted_before_its_scan_is_left_alone()
    {
        var storage = await StorageHarness.CreateAsync(azurite);

        var outcome = await storage.Scanner.ScanAsync(storage.Containers.Outbound, "不存在.txt", CancellationToken.None);

        Assert.Equal(ScanOutcomeKind.Missing, outcome.Kind);
        Assert.Empty(await storage.ListAsync(storage.Containers.Reports));
    }

    [Fact]
    public async Task Uploader_in_the_originals_metadata_is_carried_into_report_and_copy()
    {
        var storage = await StorageHarness.CreateAsync(azurite);
        await storage.UploadAsync("函.txt", TestDocuments.Notice(), new Dictionary<string, string> { [BlobKeys.Uploader] = BlobKeys.Escape("陳美玲@taipei.gov.tw") });

        var outcome = await storage.Scanner.ScanAsync(storage.Containers.Outbound, "函.txt", CancellationToken.None);

        Assert.Equal("陳美玲@taipei.gov.tw", (await storage.ReportAsync(outcome.DocumentId!)).Source.UploadedBy);
        var metadata = (await storage.Blob(outcome.RoutedTo!).GetPropertiesAsync()).Value.Metadata;
        Assert.Equal("陳美玲@taipei.gov.tw", BlobKeys.Unescape(metadata[BlobKeys.Uploader]));
        Assert.Contains("陳美玲@taipei.gov.tw", await storage.TextAsync(storage.Containers.Reports, outcome.DocumentId + ".html"), StringComparison.Ordinal);
    }
}
