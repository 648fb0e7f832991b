using System.Diagnostics;
using System.Security.Cryptography;
using DocScan.Core.Detection;
using DocScan.Core.Extraction;
using DocScan.Core.Extraction.Packages;
using DocScan.Core.Formats;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocScan.Core.Scanning;

/// <summary>
/// The pipeline for one document: sniff, extract, normalize, detect, decide, report. It always returns
/// exactly one report; a document it cannot read completely gets problems and verdict review.
/// </summary>
public sealed class DocumentScanner
{
    private readonly ScanOptions _options;
    private readonly DocumentExtractor _extractor;
    private readonly FindingDetector _detector;
    private readonly RecognitionStep _recognition;
    private readonly ILogger _logger;

    public DocumentScanner(ScanOptions? options = null, ILogger<DocumentScanner>? logger = null)
        : this(options ?? new ScanOptions(), DocumentExtractor.CreateDefault(), logger)
    {
    }

    public DocumentScanner(ScanOptions options, DocumentExtractor extractor, ILogger<DocumentScanner>? logger = null)
    {
        _options = options;
        _extractor = extractor;
        _detector = FindingDetector.Create(options.Rules);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _recognition = new RecognitionStep(options.Recognizers, options.Rules, _logger);
    }

    public ScanOptions Options => _options;

    /// <summary>Scans a file on disk; a file too large to read is reported as such without reading it whole.</summary>
    public async Task<ScanReport> ScanFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(path);
        var length = new FileInfo(path).Length;
        if (length > _options.Limits.MaxDocumentBytes)
        {
            await using var stream = File.OpenRead(path);
            var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
            var problem = new ScanProblem(ProblemCodes.TooLarge,
                $"檔案大小 {length / (1024 * 1024):N0} MB，超過 {_options.Limits.MaxDocumentBytes / (1024 * 1024):N0} MB 上限，未掃描。");
            return Build(name, FormatNames.Id(FileFormat.Unknown), sha, length, [], [problem], TimeSpan.Zero);
        }

        var content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        // A DI's attachments sit beside it in its folder.
        var package = new FolderPackageFiles(Path.GetDirectoryName(Path.GetFullPath(path))!, _options.Limits.MaxDocumentBytes);
        return (await ScanWithFindingsAsync(content, name, path, package, cancellationToken).ConfigureAwait(false)).Report;
    }

    public Task<ScanReport> ScanAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken = default) =>
        ScanAsync(content, name, name, cancellationToken);

    /// <param name="location">Where the document lives (a file path, a blob name): the rules file's
    /// <c>cloud.forbiddenPaths</c> are matched against it. Never logged.</param>
    public async Task<ScanReport> ScanAsync(ReadOnlyMemory<byte> content, string name, string location, CancellationToken cancellationToken) =>
        (await ScanWithFindingsAsync(content, name, location, cancellationToken).ConfigureAwait(false)).Report;

    public Task<DocumentScan> ScanWithFindingsAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken = default) =>
        ScanWithFindingsAsync(content, name, name, cancellationToken);

    /// <summary>
    /// Scans and also returns the findings with their segments: the original text a redaction writer
    /// needs, which reports never carry.
    /// </summary>
    public Task<DocumentScan> ScanWithFindingsAsync(ReadOnlyMemory<byte> content, string name, string location, CancellationToken cancellationToken) =>
        ScanWithFindingsAsync(content, name, location, package: null, cancellationToken);

    /// <param name="package">The files that came with the document (its folder): a DI's attachments are read from it.</param>
    public async Task<DocumentScan> ScanWithFindingsAsync(
        ReadOnlyMemory<byte> content, string name, string location, IPackageFiles? package, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var sha = Convert.ToHexStringLower(SHA256.HashData(content.Span));

        ExtractionResult extraction;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            // Parsers are synchronous inside; running them on the pool lets a hostile file that never
            // returns be abandoned at the time limit instead of stalling the whole run.
            extraction = await Task.Run(() => _extractor.ExtractAsync(content, name, _options.Limits, timeout.Token, package, _options.Ocr), timeout.Token)
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
            (findings, problems) = await _recognition.RunAsync(withName.Segments, location, findings, problems, sha[..16], cancellationToken)
                .ConfigureAwait(false);
        }

        var report = Build(name, FormatNames.Id(extraction.Sniff.Format), sha, content.Length, findings, problems,
            Stopwatch.GetElapsedTime(started));
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
        Masked = finding.Masked,
        Value = _options.IncludeValues ? finding.Value : null,
        Location = new FindingLocation(finding.Segment.Source, _detector.MaskValues(finding.Segment.Path),
            finding.Segment.Page, finding.Start, finding.Length, Masked(finding.Segment.Cell)),
        Hidden = finding.Segment.Hidden,
        Confidence = finding.Confidence,
        Detector = finding.Detector,
    };

    // A sheet's name is its table's name, and may be a person's name or ID like any path.
    private CellPosition? Masked(CellPosition? cell) => cell is null ? null : cell with { Table = _detector.MaskValues(cell.Table) };
}

/// <summary>A report with the findings behind it (segments and original text included); never stored as such.</summary>
public sealed record DocumentScan(ScanReport Report, IReadOnlyList<Finding> Findings);
