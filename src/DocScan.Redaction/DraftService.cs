using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocScan.Core.Detection;
using DocScan.Core.Formats;
using DocScan.Core.Policy;
using DocScan.Redaction.Email;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocScan.Redaction;

/// <summary>
/// Proposes the document to release. For a <c>redact</c> verdict: the redacted draft. For
/// <c>dual-draft</c>: the full internal draft with the evaluator code map (internal) and the release
/// draft with evaluators as 委員A, 委員B… (one message per recipient for an e-mail that exposed them).
/// A legacy .doc/.xls/.ppt is drafted as the .docx/.xlsx/.pptx LibreOffice saves it as.
/// Every release draft is scanned again; one that still holds anything to redact is not offered.
/// The same service serves <c>docscan redact</c> and the serverless flow: callers write
/// <see cref="DraftResult.Files"/> under a folder of their own, paths as given.
/// </summary>
public sealed class DraftService
{
    private readonly DocumentScanner _scanner;
    private readonly DraftSelfCheck _selfCheck;
    private readonly DraftWriters _writers;
    private readonly ScanOptions _options;
    private readonly ILogger _logger;

    /// <param name="scanner">Scans the documents and, with the same rules and limits, every release draft again.</param>
    public DraftService(DocumentScanner scanner, ILogger<DraftService>? logger = null)
    {
        _scanner = scanner;
        _options = scanner.Options;
        _selfCheck = new DraftSelfCheck(scanner, _options.Rules);
        _writers = DraftWriters.Create(_options.Limits);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Scans the document, then drafts it.</summary>
    public async Task<DraftResult> CreateDraftsAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken = default)
    {
        var scan = await _scanner.ScanAsync(content, new DocumentScanOptions { Name = name }, cancellationToken).ConfigureAwait(false);
        return await CreateDraftsAsync(content, name, scan, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drafts a document already scanned (with <see cref="DocumentScanner.ScanAsync"/> and the scanner's rules).</summary>
    public Task<DraftResult> CreateDraftsAsync(
        ReadOnlyMemory<byte> content, string name, DocumentScan scan, CancellationToken cancellationToken = default) =>
        CreateDraftsAsync(content, name, scan, new HashSet<int>(), cancellationToken);

    /// <summary>
    /// Drafts a document already scanned, masking also the findings a reviewer chose to mask anyway (indices into the scan's
    /// findings): official and organisation values otherwise left as printed.
    /// </summary>
    public async Task<DraftResult> CreateDraftsAsync(
        ReadOnlyMemory<byte> content, string name, DocumentScan scan, IReadOnlySet<int> alsoMask, CancellationToken cancellationToken = default)
    {
        var names = new DraftNames(scan.Report.Document.Name);
        var result = scan.Report.Verdict switch
        {
            Verdict.Release => Done(DraftStatus.NotNeeded, [], [], []),
            Verdict.Review => Done(DraftStatus.Refused, [], [], ["本文件未能完整檢查（須人工確認），不產生遮蔽稿；請先解決報告所列問題後重新送掃。"]),
            Verdict.Block => Done(DraftStatus.Refused, [], [], ["本文件含機密等級標示或巨集／可執行內容，不得經由此管道發出，不產生遮蔽稿。"]),
            _ => await DraftAsync(content, name, scan, alsoMask, names, cancellationToken).ConfigureAwait(false),
        };

        var summary = DraftSummary.Serialize(scan.Report, result.Status, result.Files, result.Notes, result.Problems, result.Survivors);
        _logger.LogInformation(
            "Drafts for content {ContentSha256} ({Verdict}): {Status}, {Files} files, {Survivors} findings left",
            scan.Report.Document.Sha256[..16], scan.Report.Verdict, result.Status, result.Files.Count, result.Survivors.Count);
        return new DraftResult
        {
            Source = scan.Report,
            Status = result.Status,
            Files = [.. result.Files, new DraftFile(names.Summary, DraftAudience.Report, "summary", summary)],
            Notes = result.Notes,
            Problems = result.Problems,
            Survivors = result.Survivors,
        };
    }

    private async Task<Outcome> DraftAsync(
        ReadOnlyMemory<byte> content, string name, DocumentScan scan, IReadOnlySet<int> alsoMask, DraftNames names, CancellationToken cancellationToken)
    {
        var sniff = FormatSniffer.Sniff(content.Span);
        var log = new DraftLog();
        if (sniff.Format == FileFormat.LegacyOffice)
        {
            // Legacy files are not rewritten in place: the draft is the same document in the modern format of its kind.
            if (await LegacyOfficeConversion.ToModernAsync(content, _options.Limits.Timeout, cancellationToken).ConfigureAwait(false)
                is not var (converted, extension))
            {
                return Done(DraftStatus.Review, [], [], [
                    $"「{scan.Report.Document.Name}」是舊版 Office 二進位格式（.doc/.xls/.ppt），須先以 LibreOffice 轉存為新版格式才能產生遮蔽稿，但本機未安裝 LibreOffice 或轉存失敗；請另存為 .docx/.xlsx/.pptx 後重新送掃，或由人工遮蔽。"]);
            }

            content = converted;
            sniff = FormatSniffer.Sniff(content.Span);
            names = new DraftNames(Path.ChangeExtension(scan.Report.Document.Name, extension));
            log.Note($"「{scan.Report.Document.Name}」是舊版 Office 格式，已由 LibreOffice 轉存後遮蔽，草稿改存為 {extension}。");
        }

        if (!_writers.CanWrite(sniff.Format))
        {
            return Done(DraftStatus.Review, [], [], [NoWriterMessage(scan.Report.Document.Name, sniff.Format)]);
        }

        var dual = scan.Report.Verdict == Verdict.DualDraft;
        var chosen = new HashSet<Finding>(alsoMask.Where(i => i >= 0 && i < scan.Findings.Count).Select(i => scan.Findings[i]), ReferenceEqualityComparer.Instance);
        var plan = RedactionPlan.Create(scan.Findings, _options.Rules, release: dual, chosen);
        byte[] draft;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            // Writers parse the file again; like the scanner, a file that never finishes is abandoned at the time limit.
            draft = await Task.Run(() => _writers.WriteAsync(content, scan.Report.Document.Name, plan, log, 0, timeout.Token), timeout.Token)
                .WaitAsync(_options.Limits.Timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await timeout.CancelAsync().ConfigureAwait(false);
            return Done(DraftStatus.Review, [], [], [$"產生遮蔽稿超過 {_options.Limits.Timeout.TotalSeconds:N0} 秒仍未完成，須由人工遮蔽。"]);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // The scanner read the file; a writer that cannot is a gap in DocScan, and the document goes to a person.
            return Done(DraftStatus.Review, [], [], [$"無法產生遮蔽稿（{ex.GetType().Name}），須由人工遮蔽。"]);
        }

        var release = new List<DraftFile>();
        var packaged = new List<DraftFile>();
        if (!dual)
        {
            release.Add(new DraftFile(names.Redacted, DraftAudience.Release, "redacted", draft));
        }
        else
        {
            packaged.Add(new DraftFile(names.Full, DraftAudience.Internal, "full", content.ToArray()));
            if (plan.EvaluatorCodes.Count > 0)
            {
                packaged.Add(new DraftFile(names.EvaluatorCodes, DraftAudience.Internal, "evaluator-codes", CodeMap(scan.Report.Document.Name, plan)));
                log.Note($"評選委員姓名已以代號取代（{string.Join("、", plan.EvaluatorCodes.Select(c => c.Code))}），代號與姓名對照表只存於內部稿。");
            }

            if (plan.SplitsRecipients && sniff.Format == FileFormat.Eml)
            {
                var messages = await RecipientSplitter.SplitAsync(draft, sniff.TextEncoding, cancellationToken).ConfigureAwait(false);
                release.AddRange(messages.Select((m, i) => new DraftFile(names.Recipient(i + 1), DraftAudience.Release, "recipient", m)));
                log.Note($"已依收件者分為 {messages.Count} 封郵件（分旨分文），每封只列該收件者。");
            }
            else if (plan.SplitsRecipients && sniff.Format == FileFormat.Di)
            {
                var letters = Di.DiRecipientSplitter.Split(content, draft, sniff.TextEncoding);
                release.AddRange(letters.Select((l, i) => new DraftFile(names.Recipient(i + 1), DraftAudience.Release, "recipient", l)));
                log.Note($"已依受文者分為 {letters.Count} 份公文（分旨分文），每份只列該受文者與機關。");
            }
            else if (plan.SplitsRecipients && sniff.Format == FileFormat.Zip
                     && await Di.DiPackageSplitter.SplitAsync(content, draft, cancellationToken).ConfigureAwait(false) is { Count: > 0 } packages)
            {
                release.AddRange(packages.Select((p, i) => new DraftFile(names.Recipient(i + 1), DraftAudience.Release, "recipient", p)));
                log.Note($"電子公文封包已依受文者分為 {packages.Count} 份（分旨分文），每份公文只列該受文者與機關，附件依各自格式遮蔽。");
            }
            else
            {
                release.Add(new DraftFile(names.Release, DraftAudience.Release, "release", draft));
            }
        }

        var (survivors, problems, left) = await CheckAsync(release, log, cancellationToken).ConfigureAwait(false);

        // OCR reads a redacted page a little differently (the painted boxes change its lines): a value it
        // now reads that the first pass had not boxed is painted in a second pass, from the draft's own
        // reading, and the draft is checked once more.
        if (!dual && survivors.Count > 0 && problems.Count == 0 && left.All(f => f.Segment.Ocr is not null))
        {
            var second = RedactionPlan.Create(left, _options.Rules, release: false);
            draft = await _writers.WriteAsync(draft, scan.Report.Document.Name, second, log, 0, cancellationToken).ConfigureAwait(false);
            release[0] = release[0] with { Content = draft };
            log.Note($"重新辨識草稿時另讀出 {survivors.Count} 筆應遮蔽的資料，已再次塗去並重新檢查。");
            (survivors, problems, _) = await CheckAsync(release, log, cancellationToken).ConfigureAwait(false);
        }

        if (survivors.Count > 0)
        {
            problems.Add($"自我檢查在草稿中仍發現 {survivors.Count} 筆應遮蔽的資料（見 survivors），草稿不提供，須由人工遮蔽。");
        }

        // Messages name nested files, and a member's name can hold a value too.
        var notes = log.Notes.Select(plan.Apply).ToList();
        return problems.Count > 0
            ? Done(DraftStatus.Review, [], notes, problems.Select(plan.Apply).ToList(), survivors)
            : Done(DraftStatus.Offered, [.. release, .. packaged], notes, []);
    }

    private async Task<(List<DraftSurvivor> Survivors, List<string> Problems, List<Finding> Left)> CheckAsync(
        List<DraftFile> release, DraftLog log, CancellationToken cancellationToken)
    {
        var survivors = new List<DraftSurvivor>();
        var problems = new List<string>(log.Unsafe);
        var left = new List<Finding>();
        foreach (var file in release)
        {
            var (found, incomplete, findings) = await _selfCheck.CheckAsync(file, cancellationToken).ConfigureAwait(false);
            survivors.AddRange(found);
            problems.AddRange(incomplete);
            left.AddRange(findings);
        }

        return (survivors, problems, left);
    }

    /// <summary>Which code stands for whom: the only place the names are kept, so it goes to the internal package only.</summary>
    private static byte[] CodeMap(string document, RedactionPlan plan) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(
            new { document, codes = plan.EvaluatorCodes.Select(c => new { code = c.Code, name = c.Name }) },
            new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

    private static string NoWriterMessage(string name, FileFormat format) =>
        $"「{name}」的格式（{FormatNames.Describe(format)}）目前無法自動產生遮蔽稿，須由人工遮蔽。";

    private static Outcome Done(DraftStatus status, IReadOnlyList<DraftFile> files, IReadOnlyList<string> notes,
        IReadOnlyList<string> problems, IReadOnlyList<DraftSurvivor>? survivors = null) =>
        new(status, files, notes, problems, survivors ?? []);

    private sealed record Outcome(DraftStatus Status, IReadOnlyList<DraftFile> Files, IReadOnlyList<string> Notes,
        IReadOnlyList<string> Problems, IReadOnlyList<DraftSurvivor> Survivors);
}
