using System.Security.Cryptography;
using DocScan.Core.Detection;
using DocScan.Core.Documents;
using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocScan.Core.Scanning;

/// <summary>
/// The pipeline for one document: sniff, extract, normalize, detect, model and roles, decide, report. It always returns
/// exactly one report; a document it cannot read completely gets problems and verdict review.
/// </summary>
public sealed class DocumentScanner
{
    private readonly ScanOptions _options;
    private readonly DocumentExtractor _extractor;
    private readonly FindingDetector _detector;
    private readonly RecognitionStep _recognition;
    private readonly FindingRoleResolver _roles;
    private readonly ILogger _logger;

    public DocumentScanner(ScanOptions? options = null, ILogger<DocumentScanner>? logger = null)
        : this(options ?? new ScanOptions(), DocumentExtractor.CreateDefault(), logger)
    {
    }

    public DocumentScanner(ScanOptions options, DocumentExtractor extractor, ILogger<DocumentScanner>? logger = null)
    {
        _options = options;
        _extractor = extractor;
        _detector = FindingDetector.Create(options.Rules, options.Clock);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _recognition = new RecognitionStep(options.Recognizers, options.Rules, _logger);
        _roles = new FindingRoleResolver(options.Rules);
    }

    public ScanOptions Options => _options;

    /// <summary>
    /// The text with every value calling for action masked, as this scanner's reports mask a file's name:
    /// for blob names, copies' names and logs.
    /// </summary>
    public string MaskValues(string text) => _detector.MaskValues(text);

    /// <summary>
    /// Scans one document: the report, and the findings behind it with their segments (the original text a
    /// redaction writer needs, which reports never carry).
    /// </summary>
    public async Task<DocumentScan> ScanAsync(ReadOnlyMemory<byte> content, DocumentScanOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var name = options.Name;
        if (options.Unread is { } unread)
        {
            var problem = new ScanProblem(ProblemCodes.TooLarge,
                $"檔案大小 {unread.Bytes / (1024 * 1024):N0} MB，超過 {_options.Limits.MaxDocumentBytes / (1024 * 1024):N0} MB 上限，未掃描。");
            return new DocumentScan(Build(name, FormatNames.Id(FileFormat.Unknown), unread.Sha256, unread.Bytes, [], [problem], TimeSpan.Zero), []);
        }

        var started = _options.Clock.GetTimestamp();
        var sha = Convert.ToHexStringLower(SHA256.HashData(content.Span));

        ExtractionResult extraction;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            // Parsers are synchronous inside; running them on the pool lets a hostile file that never
            // returns be abandoned at the time limit instead of stalling the whole run.
            extraction = await Task.Run(() => _extractor.ExtractAsync(content, name, _options.Limits, timeout.Token, options.Package, _options.Ocr), timeout.Token)
                .WaitAsync(_options.Limits.Timeout, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await timeout.CancelAsync().ConfigureAwait(false);
            extraction = new ExtractionResult(SniffResult.Unknown, [],
                [new ScanProblem(ProblemCodes.Timeout, $"超過 {_options.Limits.Timeout.TotalSeconds:N0} 秒仍未完成解析，未能完整掃描。")], []);
        }

        var withName = extraction with { Segments = [new TextSegment(name, SegmentSources.FileName, name), .. extraction.Segments] };
        IReadOnlyList<Finding> findings = _detector.Detect(withName, cancellationToken);
        var problems = extraction.Problems;
        if (!_recognition.IsEmpty)
        {
            (findings, problems) = await _recognition.RunAsync(withName.Segments, options.Location ?? name, findings, problems, sha[..16], cancellationToken)
                .ConfigureAwait(false);
        }

        // Whose each finding is, from the document's model: only private data drives the verdict.
        findings = _roles.Resolve(findings, OfficialDocumentReader.Read(withName.Segments));
        findings = NameRecurrences.Add(findings, withName.Segments);
        var report = Build(name, FormatNames.Id(extraction.Sniff.Format), sha, content.Length, findings, problems,
            _options.Clock.GetElapsedTime(started));
        return new DocumentScan(report, findings);
    }

    private ScanReport Build(string name, string format, string sha, long bytes,
        IReadOnlyList<Finding> findings, IReadOnlyList<ScanProblem> problems, TimeSpan elapsed)
    {
        var (verdict, reasons) = VerdictPolicy.Decide(findings, problems, _options.Rules);
        var report = new ScanReport
        {
            Document = new DocumentInfo(_detector.MaskValues(name), format, sha, bytes),
            Verdict = verdict,
            Reasons = reasons,
            Findings = findings.Select(ToReportFinding).ToList(),
            Problems = problems.Select(p => p with { Message = _detector.MaskValues(p.Message) }).ToList(),
            RulesVersion = _options.Rules.EffectiveVersion,
        };

        // Named by its content hash (a file name may itself be personal data); a caller with a document id logs it in a scope.
        _logger.LogInformation(
            "Scanned content {ContentSha256} ({Format}, {Bytes} bytes): {Verdict}, {Findings} findings, {Problems} problems, {ElapsedMs} ms",
            sha[..16], format, bytes, verdict, findings.Count, problems.Count, (long)elapsed.TotalMilliseconds);
        return report;
    }

    private ReportFinding ToReportFinding(Finding finding) => new()
    {
        Type = finding.Type,
        Label = FindingCatalogue.Contains(finding.Type) ? null : _options.Rules.Definition(finding.Type).Label,
        Masked = finding.Masked,
        Value = _options.IncludeValues ? finding.Value : null,
        Location = new FindingLocation(finding.Segment.Source, _detector.MaskValues(finding.Segment.Path),
            finding.Segment.Page, finding.Start, finding.Length, Masked(finding.Segment.Cell)),
        Hidden = finding.Segment.Hidden,
        Role = finding.Role,
        Confidence = finding.Confidence,
        Detector = finding.Detector,
    };

    // A sheet's name is its table's name, and may be a person's name or ID like any path.
    private CellPosition? Masked(CellPosition? cell) => cell is null ? null : cell with { Table = _detector.MaskValues(cell.Table) };
}

/// <summary>A report with the findings behind it (segments and original text included); never stored as such.</summary>
public sealed record DocumentScan(ScanReport Report, IReadOnlyList<Finding> Findings);
