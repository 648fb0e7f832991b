using DocScan.Core.Detection;
using DocScan.Core.Redaction;
using DocScan.Core.Reporting;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using Microsoft.Extensions.Logging;

namespace DocScan.Storage;

/// <summary>What the storage services need of the scanner: a report per document, the rules' version, and masking for names.</summary>
public interface IDocumentScanEngine
{
    /// <summary>The <c>rulesVersion</c> reports carry; a stored report with another one is re-scanned by the sweep.</summary>
    string RulesVersion { get; }

    ScanLimits Limits { get; }

    Task<ScanReport> ScanAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken);

    /// <summary>The text with every detected value masked: for blob names that end up in reports, copies' names and logs.</summary>
    string Mask(string text);

    /// <summary>The proposed redacted draft or dual-draft package of a document, self-checked by re-scanning.</summary>
    Task<DraftResult> DraftAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken);
}

/// <summary>DocScan.Core's scanner with the configured rules; stored reports never hold raw values.</summary>
public sealed class DocumentScanEngine : IDocumentScanEngine
{
    private readonly DocumentScanner _scanner;
    private readonly FindingDetector _masker;
    private readonly DraftService _drafts;

    public DocumentScanEngine(ScanRules rules, ILogger<DocumentScanner>? logger = null)
    {
        _scanner = new DocumentScanner(new ScanOptions { Rules = rules, IncludeValues = false }, logger);
        _masker = FindingDetector.Create(rules);
        _drafts = new DraftService(new ScanOptions { Rules = rules, IncludeValues = false });
        RulesVersion = rules.EffectiveVersion;
    }

    public string RulesVersion { get; }

    public ScanLimits Limits => _scanner.Options.Limits;

    public Task<ScanReport> ScanAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken) =>
        _scanner.ScanAsync(content, name, cancellationToken);

    public string Mask(string text) => _masker.MaskValues(text);

    public Task<DraftResult> DraftAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken) =>
        _drafts.CreateDraftsAsync(content, name, cancellationToken);
}
