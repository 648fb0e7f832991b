using System.Text;
using DocScan.Core.Documents;
using DocScan.Core.Rules;
using DocScan.Storage.Audit;
using DocScan.Storage.Review;
using DocScan.Tests.Shared;

namespace DocScan.Storage.Tests;

/// <summary>A reviewer's work on pending documents: the queue (<see cref="ReviewQueue"/>), decisions (<see cref="ReviewDecisions"/>) and acts on one finding (<see cref="FindingActions"/>).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReviewWorkflowTests(AzuriteFixture azurite)
{
    private static readonly ReviewCaller Reviewer = new("王淑芬@taipei.gov.tw", [ReviewRoles.Reviewer]);
    private static readonly ReviewCaller Auditor = new("稽核室 李建國", [ReviewRoles.Auditor]);
    private static readonly ReviewCaller Uploader = new("陳美玲@taipei.gov.tw", [ReviewRoles.Uploader]);

    [Fact]
    public async Task Reviewers_and_auditors_list_the_queue_by_folder_and_verdict_uploaders_may_not()
    {
        var (storage, review, _) = await CreateAsync();
        var letter = await storage.UploadAndScanAsync("社會局/復函.txt", TestDocuments.LetterWithId());
        await storage.UploadAndScanAsync("民政局/復函.txt", TestDocuments.LetterWithId(number: 5678));
        await storage.UploadAndScanAsync("社會局/通知.txt", TestDocuments.Notice());

        var page = await review.Queue.ListPendingAsync(Reviewer, new PendingQuery(Folder: "社會局"), CancellationToken.None);

        var pending = Assert.Single(page.Documents);
        Assert.Equal(letter.DocumentId, pending.Id);
        Assert.Equal("社會局", pending.Folder);
        Assert.Equal("redact", pending.Verdict);
        Assert.NotNull(pending.ScannedAt);
        Assert.Equal(2, (await review.Queue.ListPendingAsync(Auditor, new PendingQuery(), CancellationToken.None)).Documents.Count);
        Assert.Empty((await review.Queue.ListPendingAsync(Reviewer, new PendingQuery(Verdict: "block"), CancellationToken.None)).Documents);
        Assert.Empty((await review.Queue.ListPendingAsync(Reviewer, new PendingQuery(ScannedFrom: DateTimeOffset.UtcNow.AddHours(1)), CancellationToken.None)).Documents);
        var refused = await Assert.ThrowsAsync<ReviewRefusedException>(() => review.Queue.ListPendingAsync(Uploader, new PendingQuery(), CancellationToken.None));
        Assert.Equal(ReviewRefusal.Forbidden, refused.Refusal);
    }

    [Fact]
    public async Task Queue_pages_carry_a_continuation()
    {
        var (storage, review, _) = await CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            await storage.UploadAndScanAsync($"社會局/復函{i}.txt", TestDocuments.LetterWithId(number: 100 + i));
        }

        var first = await review.Queue.ListPendingAsync(Reviewer, new PendingQuery(PageSize: 2), CancellationToken.None);
        var second = await review.Queue.ListPendingAsync(Reviewer, new PendingQuery(PageSize: 2, ContinuationToken: first.ContinuationToken), CancellationToken.None);

        // Full pages although drafts share the listing, oldest scan first, each document once.
        Assert.Equal(2, first.Documents.Count);
        Assert.Single(second.Documents);
        Assert.Null(second.ContinuationToken);
        Assert.Equal(3, first.Total);
        var queue = first.Documents.Concat(second.Documents).ToList();
        Assert.Equal(3, queue.Select(d => d.Id).Distinct().Count());
        Assert.Equal(queue.OrderBy(d => d.ScannedAt).Select(d => d.Id), queue.Select(d => d.Id));
        Assert.Equal(ReviewRefusal.Invalid, (await Assert.ThrowsAsync<ReviewRefusedException>(() =>
            review.Queue.ListPendingAsync(Reviewer, new PendingQuery(ContinuationToken: "not-a-position"), CancellationToken.None))).Refusal);
    }

    [Fact]
    public async Task Report_is_masked_and_read_by_reviewers_and_auditors_only()
    {
        var (storage, review, _) = await CreateAsync();
        var outcome = await storage.UploadAndScanAsync("社會局/復函.txt", TestDocuments.LetterWithId());

        var result = await review.Queue.GetReportAsync(Auditor, outcome.DocumentId!, CancellationToken.None);

        var report = result.Report;
        var finding = Assert.Single(report.Scan.Findings, f => f.Type == "national-id");
        Assert.Null(finding.Value);
        Assert.DoesNotContain(TestDocuments.NationalId, report.ToJson(), StringComparison.Ordinal);
        Assert.Equal(report.Scan.Findings.Count, result.Snippets.Count);
        var snippet = result.Snippets[report.Scan.Findings.ToList().IndexOf(finding)];
        Assert.NotNull(snippet);
        Assert.Contains(finding.Masked, snippet, StringComparison.Ordinal);
        Assert.Contains("身分證", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= finding.Masked.Length + 42, snippet);
        Assert.All(result.Snippets, s => Assert.DoesNotContain(TestDocuments.NationalId, s ?? "", StringComparison.Ordinal));
        Assert.Equal(ReviewRefusal.Forbidden, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Queue.GetReportAsync(Uploader, outcome.DocumentId!, CancellationToken.None))).Refusal);
        Assert.Equal(ReviewRefusal.NotFound, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Queue.GetReportAsync(Reviewer, "0123456789abcdef0123456789abcdef", CancellationToken.None))).Refusal);
        Assert.Equal(ReviewRefusal.NotFound, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Queue.GetReportAsync(Reviewer, "../reports/x", CancellationToken.None))).Refusal);
    }

    [Fact]
    public async Task Release_as_is_needs_a_reason_moves_the_copy_to_released_and_is_audited_once()
    {
        var (storage, review, audit) = await CreateAsync();
        var outcome = await storage.UploadAndScanAsync("社會局/復函.txt", TestDocuments.LetterWithId());
        var id = outcome.DocumentId!;

        var noReason = await Assert.ThrowsAsync<ReviewRefusedException>(() => review.Decisions.DecideAsync(Reviewer, id, ReviewDecision.ReleaseAsIs, " ", CancellationToken.None));
        var auditor = await Assert.ThrowsAsync<ReviewRefusedException>(() => review.Decisions.DecideAsync(Auditor, id, ReviewDecision.ReleaseAsIs, "已確認", CancellationToken.None));
        var decided = await review.Decisions.DecideAsync(Reviewer, id, ReviewDecision.ReleaseAsIs, "當事人本人申請，依法應送達本人", CancellationToken.None);
        var again = await Assert.ThrowsAsync<ReviewRefusedException>(() => review.Decisions.DecideAsync(Reviewer, id, ReviewDecision.Reject, "重複", CancellationToken.None));

        Assert.Equal(ReviewRefusal.ReasonRequired, noReason.Refusal);
        Assert.Equal(ReviewRefusal.Forbidden, auditor.Refusal);
        Assert.Equal(ReviewRefusal.AlreadyDecided, again.Refusal);
        var released = Assert.Single(await storage.ListAsync(storage.Containers.Released));
        Assert.Equal($"{storage.Containers.Released}/{released}", Assert.Single(decided.Released));
        Assert.Equal(TestDocuments.LetterWithId(), (await storage.Container(storage.Containers.Released).GetBlobClient(released).DownloadContentAsync()).Value.Content.ToArray());
        // The drafts proposed for it are not left pending either.
        Assert.Empty(await storage.ListAllAsync(storage.Containers.Review));
        Assert.Contains(await storage.ListAllAsync(storage.Containers.Reports), n => n.StartsWith($"{id}/drafts/", StringComparison.Ordinal));
        Assert.Equal("redact", (await storage.TagsAsync($"{storage.Containers.Released}/{released}"))[BlobKeys.VerdictTag]);
        var entry = Assert.Single(await EntriesAsync(audit));
        Assert.Equal((Reviewer.Name, "reviewer", AuditActions.ReleaseAsIs, id, "當事人本人申請，依法應送達本人"),
            (entry.User, entry.Role, entry.Action, entry.DocumentId, entry.Reason));
        Assert.Equal((await storage.ReportAsync(id)).Scan.Document.Sha256, entry.DocumentSha256);
        Assert.True((await audit.VerifyAsync(CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task A_decided_document_stays_decided_when_the_rules_change()
    {
        var (storage, review, _) = await CreateAsync();
        var id = (await storage.UploadAndScanAsync("社會局/復函.txt", TestDocuments.LetterWithId())).DocumentId!;
        await review.Decisions.DecideAsync(Reviewer, id, ReviewDecision.Reject, "請重新製作", CancellationToken.None);
        var stricter = ScanRules.Parse(Encoding.UTF8.GetBytes("""{ "version": "2026.12-1", "policy": { "national-id": "block" } }"""), "rules.json");

        var again = await storage.With(new DocumentScanEngine(stricter)).Scanner.ScanAsync(storage.Containers.Outbound, "社會局/復函.txt", CancellationToken.None);

        Assert.Equal(ScanOutcomeKind.AlreadyScanned, again.Kind);
        Assert.Empty(await storage.ListAsync(storage.Containers.Review));
        Assert.Empty(await storage.ListAsync(storage.Containers.Quarantine));
    }

    [Fact]
    public async Task Reject_needs_a_reason_and_releases_nothing()
    {
        var (storage, review, audit) = await CreateAsync();
        var id = (await storage.UploadAndScanAsync("社會局/復函.txt", TestDocuments.LetterWithId())).DocumentId!;

        Assert.Equal(ReviewRefusal.ReasonRequired, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Decisions.DecideAsync(Reviewer, id, ReviewDecision.Reject, null, CancellationToken.None))).Refusal);
        Assert.NotEmpty(await storage.ListAllAsync(storage.Containers.Review));
        var decided = await review.Decisions.DecideAsync(Reviewer, id, ReviewDecision.Reject, "請改用遮蔽後的身分證字號再送", CancellationToken.None);

        Assert.Empty(decided.Released);
        Assert.Empty(await storage.ListAsync(storage.Containers.Released));
        // The copy and every proposed draft go: the uploader makes a new version.
        Assert.Empty(await storage.ListAllAsync(storage.Containers.Review));
        var summary = await storage.Reports.GetSummaryAsync(id, CancellationToken.None);
        Assert.Equal(AuditActions.Reject, summary?.Decision);
        Assert.Equal("請改用遮蔽後的身分證字號再送", summary?.DecisionReason);
        Assert.Single(await storage.ListAsync(storage.Containers.Outbound));
        Assert.Equal(AuditActions.Reject, Assert.Single(await EntriesAsync(audit)).Action);
    }

    [Fact]
    public async Task Approving_a_draft_releases_the_draft_not_the_original_and_without_one_is_refused()
    {
        var (storage, review, audit) = await CreateAsync();
        var damaged = (await storage.UploadAndScanAsync("社會局/損毀.docx", TestDocuments.Damaged())).DocumentId!;
        var id = (await storage.UploadAndScanAsync("社會局/復函.txt", TestDocuments.LetterWithId())).DocumentId!;

        // A document that could not be scanned has no draft to approve.
        var none = await Assert.ThrowsAsync<ReviewRefusedException>(() => review.Decisions.DecideAsync(Reviewer, damaged, ReviewDecision.ApproveRedacted, null, CancellationToken.None));
        Assert.Equal(ReviewRefusal.Invalid, none.Refusal);
        Assert.Empty(await EntriesAsync(audit));

        // The scan wrote a self-checked draft beside the copy; approving releases it, and only it.
        var decided = await review.Decisions.DecideAsync(Reviewer, id, ReviewDecision.ApproveRedacted, null, CancellationToken.None);

        var released = Assert.Single(await storage.ListAsync(storage.Containers.Released));
        Assert.StartsWith($"社會局/{id}/", released, StringComparison.Ordinal);
        var text = await storage.TextAsync(storage.Containers.Released, released);
        Assert.DoesNotContain(TestDocuments.NationalId, text, StringComparison.Ordinal);
        Assert.Contains("主旨", text, StringComparison.Ordinal);
        Assert.Equal([$"社會局/{damaged}/損毀.docx"], await storage.ListAllAsync(storage.Containers.Review));
        Assert.Equal(AuditActions.ApproveRedacted, decided.Audit.Action);
        Assert.Null(decided.Audit.Reason);
    }

    [Fact]
    public async Task Approving_the_dual_draft_package_releases_the_release_drafts_and_archives_the_rest_with_the_report()
    {
        var (storage, review, audit) = await CreateAsync();
        var id = (await storage.UploadAndScanAsync("總務處/採購評選委員會開會通知單.docx", TestDocuments.Sample("採購評選委員會開會通知單.docx"))).DocumentId!;
        Assert.Equal(DocScan.Core.Policy.Verdict.DualDraft, (await storage.ReportAsync(id)).Scan.Verdict);
        var proposed = await review.Queue.ListDraftsAsync(Reviewer, id, CancellationToken.None);
        Assert.NotEmpty(proposed);

        var decided = await review.Decisions.DecideAsync(Reviewer, id, ReviewDecision.ApproveDualDraft, "分稿內容已核對，外部版不含委員姓名", CancellationToken.None);

        var released = await storage.ListAsync(storage.Containers.Released);
        Assert.Equal(proposed.Select(d => $"總務處/{id}/{d.Name}").Order(), released.Order());
        Assert.Equal(decided.Released.Order(), released.Select(n => $"{storage.Containers.Released}/{n}").Order());
        Assert.DoesNotContain(released, n => n.Contains("internal", StringComparison.Ordinal));
        // Nothing of a decided document is left pending in review/; the internal full draft, the evaluator codes and the
        // draft summary stay with the agency, beside the report.
        Assert.Empty(await storage.ListAllAsync(storage.Containers.Review));
        var archived = (await storage.ListAllAsync(storage.Containers.Reports)).Where(n => n.StartsWith($"{id}/drafts/", StringComparison.Ordinal)).ToList();
        Assert.Contains(archived, n => n.StartsWith($"{id}/drafts/internal/", StringComparison.Ordinal));
        Assert.Contains(archived, n => n.EndsWith(".draft.json", StringComparison.Ordinal));
        Assert.DoesNotContain(archived, n => n.StartsWith($"{id}/drafts/release/", StringComparison.Ordinal));
        Assert.Contains(id, await storage.ReportIdsAsync());
        Assert.Equal(AuditActions.ApproveDualDraft, Assert.Single(await EntriesAsync(audit)).Action);
    }

    [Fact]
    public async Task Unknown_documents_and_documents_that_never_waited_are_refused()
    {
        var (storage, review, _) = await CreateAsync();
        var released = (await storage.UploadAndScanAsync("社會局/通知.txt", TestDocuments.Notice())).DocumentId!;

        Assert.Equal(ReviewRefusal.NotFound, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Decisions.DecideAsync(Reviewer, "0123456789abcdef0123456789abcdef", ReviewDecision.Reject, "x", CancellationToken.None))).Refusal);
        Assert.Equal(ReviewRefusal.AlreadyDecided, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Decisions.DecideAsync(Reviewer, released, ReviewDecision.Reject, "x", CancellationToken.None))).Refusal);
    }

    [Fact]
    public async Task False_positive_needs_a_reason_names_the_finding_masked_and_leaves_the_document_pending()
    {
        var (storage, review, audit) = await CreateAsync();
        var id = (await storage.UploadAndScanAsync("社會局/復函.txt", TestDocuments.LetterWithId())).DocumentId!;
        var report = await storage.ReportAsync(id);
        var index = report.Scan.Findings.ToList().FindIndex(f => f.Type == "national-id");

        Assert.Equal(ReviewRefusal.ReasonRequired, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Findings.MarkFalsePositiveAsync(Reviewer, id, index, "", false, CancellationToken.None))).Refusal);
        Assert.Equal(ReviewRefusal.Invalid, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Findings.MarkFalsePositiveAsync(Reviewer, id, 99, "測試資料", false, CancellationToken.None))).Refusal);
        Assert.Equal(ReviewRefusal.Forbidden, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Findings.MarkFalsePositiveAsync(Uploader, id, index, "測試資料", false, CancellationToken.None))).Refusal);
        var entry = await review.Findings.MarkFalsePositiveAsync(Reviewer, id, index, "範例文件中的測試號碼", false, CancellationToken.None);

        Assert.Equal(AuditActions.FalsePositive, entry.Action);
        Assert.Contains("national-id", entry.Reason, StringComparison.Ordinal);
        Assert.Contains("範例文件中的測試號碼", entry.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(TestDocuments.NationalId, entry.Reason, StringComparison.Ordinal);
        Assert.Single((await review.Queue.ListPendingAsync(Reviewer, new PendingQuery(), CancellationToken.None)).Documents);
        Assert.Empty(await storage.ListAllAsync(storage.Containers.Rules));
    }

    [Fact]
    public async Task False_positive_with_allow_list_stores_the_digest_audits_it_and_later_scans_no_longer_report_the_value()
    {
        var (storage, review, audit) = await CreateAsync();
        var id = (await storage.UploadAndScanAsync("社會局/復函.txt", TestDocuments.LetterWithId())).DocumentId!;
        var report = await storage.ReportAsync(id);
        var index = report.Scan.Findings.ToList().FindIndex(f => f.Type == "national-id");
        var finding = report.Scan.Findings[index];

        Assert.Equal(ReviewRefusal.ReasonRequired, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Findings.MarkFalsePositiveAsync(Reviewer, id, index, " ", true, CancellationToken.None))).Refusal);
        Assert.Equal(ReviewRefusal.Forbidden, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Findings.MarkFalsePositiveAsync(Auditor, id, index, "測試號碼", true, CancellationToken.None))).Refusal);
        Assert.Empty(await storage.ListAllAsync(storage.Containers.Rules));
        Assert.Empty(await EntriesAsync(audit));

        var entry = await review.Findings.MarkFalsePositiveAsync(Reviewer, id, index, "本局系統測試用的虛構號碼", true, CancellationToken.None);

        Assert.Equal(AuditActions.AllowListAdd, entry.Action);
        Assert.Equal($"#{index + 1} national-id {finding.Masked}: 本局系統測試用的虛構號碼", entry.Reason);
        var stored = Assert.Single((await new AllowListStore(storage.Service, storage.Containers).ReadAsync(CancellationToken.None)).Entries);
        Assert.Equal(new AllowListEntry(ScanRules.AllowHash(TestDocuments.NationalId), "national-id", finding.Masked, Reviewer.Name, entry.Time,
            "本局系統測試用的虛構號碼", id), stored);
        // The raw value is nowhere: not in the rules container, not in the audit log.
        foreach (var container in new[] { storage.Containers.Rules, storage.Containers.Audit })
        {
            foreach (var name in await storage.ListAllAsync(container))
            {
                Assert.DoesNotContain(TestDocuments.NationalId, await storage.TextAsync(container, name), StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Single(await storage.ListAllAsync(storage.Containers.Rules));
        Assert.True((await audit.VerifyAsync(CancellationToken.None)).IsIntact);
        // The document itself waits for its decision as before.
        Assert.Single((await review.Queue.ListPendingAsync(Reviewer, new PendingQuery(), CancellationToken.None)).Documents);

        // Another process (its own rules, read from the store) scans a new document with the allowed value and another one.
        var elsewhere = new DocumentScanEngine(new AgencyRulesProvider(ScanRules.Default, new AllowListStore(storage.Service, storage.Containers), TimeProvider.System));
        var both = Encoding.UTF8.GetBytes($"申請人：王小明，身分證統一編號：{TestDocuments.NationalId}。\n代理人：李大同，身分證統一編號：{TestDocuments.OtherNationalId}。\n");
        var second = await storage.With(elsewhere).UploadAndScanAsync("社會局/復函二.txt", both);
        var again = await storage.UploadAndScanAsync("民政局/復函.txt", TestDocuments.LetterWithId());

        var masked = (await storage.ReportAsync(second.DocumentId!)).Scan.Findings.Where(f => f.Type == "national-id").Select(f => f.Masked);
        Assert.Equal(["H25****019"], masked);
        Assert.Equal("redact", second.Verdict);
        var rescanned = (await storage.ReportAsync(again.DocumentId!)).Scan.Findings;
        Assert.DoesNotContain(rescanned, f => f.Type == "national-id");
        Assert.Equal(report.Scan.Findings.Count - 1, rescanned.Count);
        Assert.Equal(report.Scan.RulesVersion, (await storage.ReportAsync(again.DocumentId!)).Scan.RulesVersion);
    }

    [Fact]
    public async Task Allowing_a_value_twice_keeps_one_entry_and_audits_both()
    {
        var (storage, review, audit) = await CreateAsync();
        var first = (await storage.UploadAndScanAsync("社會局/復函.txt", TestDocuments.LetterWithId())).DocumentId!;
        var second = (await storage.UploadAndScanAsync("民政局/復函.txt", TestDocuments.LetterWithId(number: 5678))).DocumentId!;
        var firstIndex = (await storage.ReportAsync(first)).Scan.Findings.ToList().FindIndex(f => f.Type == "national-id");
        var secondIndex = (await storage.ReportAsync(second)).Scan.Findings.ToList().FindIndex(f => f.Type == "national-id");

        await review.Findings.MarkFalsePositiveAsync(Reviewer, first, firstIndex, "虛構號碼", true, CancellationToken.None);
        // The second document was reported before the value was allowed: its finding is still found, and not added again.
        await review.Findings.MarkFalsePositiveAsync(Reviewer, second, secondIndex, "同一個虛構號碼", true, CancellationToken.None);

        Assert.Single((await new AllowListStore(storage.Service, storage.Containers).ReadAsync(CancellationToken.None)).Entries);
        Assert.Equal([AuditActions.AllowListAdd, AuditActions.AllowListAdd], (await EntriesAsync(audit)).Select(e => e.Action));
    }

    [Fact]
    public async Task Evaluator_names_are_not_allowed_by_a_reviewer()
    {
        var rules = ScanRules.Parse("""{ "evaluators": ["黃國華"] }"""u8, "rules.json");
        var (storage, review, audit) = await CreateAsync(rules);
        var letter = Encoding.UTF8.GetBytes("主旨：檢送本局114年度業務座談會議紀錄1份，請查照。\n說明：出席人員黃國華建議增設分類回收站。\n");
        var id = (await storage.UploadAndScanAsync("採購科/紀錄.txt", letter)).DocumentId!;
        var index = (await storage.ReportAsync(id)).Scan.Findings.ToList().FindIndex(f => f.Type == "evaluator-name");

        var refused = await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Findings.MarkFalsePositiveAsync(Reviewer, id, index, "同名同姓", true, CancellationToken.None));

        Assert.Equal(ReviewRefusal.Invalid, refused.Refusal);
        Assert.Empty(await storage.ListAllAsync(storage.Containers.Rules));
        Assert.Empty(await EntriesAsync(audit));
        Assert.Equal(AuditActions.FalsePositive,
            (await review.Findings.MarkFalsePositiveAsync(Reviewer, id, index, "同名同姓", false, CancellationToken.None)).Action);
    }

    [Fact]
    public async Task Reveal_needs_a_reason_is_audited_and_gives_the_value_to_reviewers_only()
    {
        var (storage, review, audit) = await CreateAsync();
        var id = (await storage.UploadAndScanAsync("社會局/復函.txt", TestDocuments.LetterWithId())).DocumentId!;
        var index = (await storage.ReportAsync(id)).Scan.Findings.ToList().FindIndex(f => f.Type == "national-id");

        Assert.Equal(ReviewRefusal.ReasonRequired, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Findings.RevealAsync(Reviewer, id, index, null, CancellationToken.None))).Refusal);
        Assert.Equal(ReviewRefusal.Forbidden, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Findings.RevealAsync(Auditor, id, index, "查核", CancellationToken.None))).Refusal);
        Assert.Empty(await EntriesAsync(audit));

        var revealed = await review.Findings.RevealAsync(Reviewer, id, index, "核對戶籍資料是否為本人", CancellationToken.None);

        Assert.Equal(TestDocuments.NationalId, revealed.Value);
        var entry = Assert.Single(await EntriesAsync(audit));
        Assert.Equal(AuditActions.Reveal, entry.Action);
        Assert.Contains("核對戶籍資料是否為本人", entry.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(TestDocuments.NationalId, entry.Reason, StringComparison.Ordinal);
    }

    private const string LetterWithClerk =
        "臺北市政府社會局　函\n" +
        "地址：11008臺北市信義區市府路1號\n" +
        "承辦人：科員　陳建宏\n" +
        "電話：(02)2720-8889 分機1234\n" +
        "傳真：(02)2723-5678\n" +
        "受文者：王小明君\n" +
        "發文日期：中華民國115年3月5日\n" +
        "發文字號：北市社助字第1153012345號\n" +
        "主旨：有關臺端申請中低收入戶資格一案，復如說明，請查照。\n" +
        "說明：\n" +
        "一、申請人：王小明，身分證統一編號：" + TestDocuments.NationalId + "。\n" +
        "二、經審查符合資格，自115年4月起核予生活扶助。\n" +
        "局長　劉銘龍\n";

    [Fact]
    public async Task Mask_anyway_needs_a_reason_is_for_official_values_only_and_the_approved_draft_masks_every_chosen_value()
    {
        var (storage, review, audit) = await CreateAsync();
        var id = (await storage.UploadAndScanAsync("社會局/復函.txt", Encoding.UTF8.GetBytes(LetterWithClerk))).DocumentId!;
        var findings = (await storage.ReportAsync(id)).Scan.Findings.ToList();
        var clerk = findings.FindIndex(f => f.Type == "person-name" && f.Role == FindingRole.Official && f.Masked == "陳○宏");
        var phone = findings.FindIndex(f => f.Type == "phone" && f.Role == FindingRole.Official && f.Masked.EndsWith("889", StringComparison.Ordinal));
        var citizen = findings.FindIndex(f => f.Type == "national-id");

        Assert.Equal(ReviewRefusal.ReasonRequired, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Findings.MaskAnywayAsync(Reviewer, id, clerk, " ", CancellationToken.None))).Refusal);
        Assert.Equal(ReviewRefusal.Forbidden, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Findings.MaskAnywayAsync(Uploader, id, clerk, "承辦人要求不具名", CancellationToken.None))).Refusal);
        // A citizen's ID is masked anyway: there is nothing to choose.
        Assert.Equal(ReviewRefusal.Invalid, (await Assert.ThrowsAsync<ReviewRefusedException>(
            () => review.Findings.MaskAnywayAsync(Reviewer, id, citizen, "一併遮蔽", CancellationToken.None))).Refusal);
        Assert.Empty(await EntriesAsync(audit));

        var first = await review.Findings.MaskAnywayAsync(Reviewer, id, clerk, "承辦人要求不具名", CancellationToken.None);
        await review.Findings.MaskAnywayAsync(Reviewer, id, phone, "分機為內部專線", CancellationToken.None);
        await review.Decisions.DecideAsync(Reviewer, id, ReviewDecision.ApproveRedacted, null, CancellationToken.None);

        Assert.Equal(AuditActions.MaskAnyway, first.Action);
        Assert.Contains("陳○宏", first.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("陳建宏", first.Reason, StringComparison.Ordinal);
        Assert.Equal([AuditActions.MaskAnyway, AuditActions.MaskAnyway, AuditActions.ApproveRedacted], (await EntriesAsync(audit)).Select(e => e.Action));
        var released = Assert.Single(await storage.ListAsync(storage.Containers.Released));
        var text = await storage.TextAsync(storage.Containers.Released, released);
        // Both choices hold in the draft, the second made after the first; what nobody chose stays as printed.
        Assert.DoesNotContain("陳建宏", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2720-8889", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestDocuments.NationalId, text, StringComparison.Ordinal);
        Assert.Contains("(02)2723-5678", text, StringComparison.Ordinal);
        Assert.Contains("劉銘龍", text, StringComparison.Ordinal);
        Assert.Empty(await storage.ListAllAsync(storage.Containers.Review));
    }

    /// <summary>
    /// Drafts of a Word 97 file (made through LibreOffice) and of a screenshot (painted over where OCR read an
    /// ID) are decided as any other: approved or rejected, nothing of them is left pending in review/.
    /// </summary>
    [Theory]
    [InlineData("sample-docs/道路拓寬用地所有權人清冊.doc", ReviewDecision.ApproveRedacted)]
    [InlineData("sample-docs/健保承保系統-在保人員查詢結果.xls", ReviewDecision.Reject)]
    [InlineData("tests/DocScan.Core.Tests/Fixtures/ocr/query-screen.png", ReviewDecision.ApproveRedacted)]
    public async Task Deciding_a_legacy_or_scanned_document_leaves_nothing_pending_in_review(string file, ReviewDecision decision)
    {
        var (storage, review, _) = await CreateAsync();
        var content = await File.ReadAllBytesAsync(Path.Combine(AzuriteFixture.RepositoryRoot(), file));
        var id = (await storage.UploadAndScanAsync($"社會局/{Path.GetFileName(file)}", content)).DocumentId!;
        Assert.Contains(await storage.ListAllAsync(storage.Containers.Review), DraftStore.IsDraft);

        await review.Decisions.DecideAsync(Reviewer, id, decision, decision == ReviewDecision.Reject ? "名冊應改以統計表呈現" : null, CancellationToken.None);

        Assert.Empty(await storage.ListAllAsync(storage.Containers.Review));
        Assert.Equal(decision == ReviewDecision.Reject ? 0 : 1, (await storage.ListAsync(storage.Containers.Released)).Count);
    }

    private async Task<(StorageHarness Storage, Reviewing Review, AuditLog Audit)> CreateAsync(ScanRules? rules = null)
    {
        var storage = await StorageHarness.CreateAsync(azurite, rules: rules);
        var audit = new AuditLog(storage.Service, storage.Containers, TimeProvider.System);
        var documents = new PendingDocuments(storage.Service, storage.Options);
        return (storage, new Reviewing(new ReviewQueue(documents, storage.Rules), new ReviewDecisions(documents, audit, TimeProvider.System),
            new FindingActions(documents, audit, storage.Rules)), audit);
    }

    /// <summary>The review services over one store, as the hosts register them.</summary>
    private sealed record Reviewing(ReviewQueue Queue, ReviewDecisions Decisions, FindingActions Findings);

    private static async Task<List<AuditEntry>> EntriesAsync(AuditLog audit)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in audit.ReadAsync(null, null, CancellationToken.None))
        {
            entries.Add(entry);
        }

        return entries;
    }
}
