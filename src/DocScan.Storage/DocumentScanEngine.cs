using DocScan.Core.Ocr;
using DocScan.Core.Reporting;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Redaction;
using Microsoft.Extensions.Logging;

namespace DocScan.Storage;

/// <summary>What the storage services need of the scanner: a report per document, the rules' version, and masking for names.</summary>
public interface IDocumentScanEngine
{
    /// <summary>The <c>rulesVersion</c> reports carry; a stored report with another one is re-scanned by the sweep.</summary>
    string RulesVersion { get; }

    ScanLimits Limits { get; }

    /// <summary>The rules as they stand, for reports on documents the scanner never read.</summary>
    ScanRules Rules { get; }

    Task<ScanReport> ScanAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken);

    /// <summary>The text with every detected value masked: for blob names that end up in reports, copies' names and logs.</summary>
    string Mask(string text);

    /// <summary>The proposed redacted draft or dual-draft package of a document, self-checked by re-scanning.</summary>
    Task<DraftResult> DraftAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken);
}

/// <summary>
/// DocScan.Core's scanner with the agency's rules as they stand (<see cref="AgencyRulesProvider"/>: the rules file plus reviewers'
/// allow-list entries); stored reports never hold raw values.
/// </summary>
public sealed class DocumentScanEngine : IDocumentScanEngine
{
    private readonly AgencyRulesProvider _rules;
    private readonly PerRules<ScannersForRules> _scanners;

    public DocumentScanEngine(ScanRules rules, ILogger<DocumentScanner>? logger = null)
        : this(new AgencyRulesProvider(rules), logger)
    {
    }

    public DocumentScanEngine(AgencyRulesProvider rules, ILogger<DocumentScanner>? logger = null)
    {
        _rules = rules;
        _scanners = new PerRules<ScannersForRules>(current => new ScannersForRules(current, logger));
    }

    /// <summary>The rules file's version: reviewers' allow-list entries do not send every document to the sweep again.</summary>
    public string RulesVersion => _rules.FileRules.EffectiveVersion;

    public ScanLimits Limits => _scanners.For(_rules.Current).Scanner.Options.Limits;

    public ScanRules Rules => _rules.Current;

    public async Task<ScanReport> ScanAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken) =>
        (await (await ScannersAsync(cancellationToken).ConfigureAwait(false)).Scanner.ScanAsync(content, new DocumentScanOptions { Name = name }, cancellationToken)
            .ConfigureAwait(false)).Report;

    public string Mask(string text) => _scanners.For(_rules.Current).Scanner.MaskValues(text);

    public async Task<DraftResult> DraftAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken) =>
        await (await ScannersAsync(cancellationToken).ConfigureAwait(false)).Drafts.CreateDraftsAsync(content, name, cancellationToken).ConfigureAwait(false);

    private async ValueTask<ScannersForRules> ScannersAsync(CancellationToken cancellationToken) =>
        _scanners.For(await _rules.GetRulesAsync(cancellationToken).ConfigureAwait(false));

    private sealed class ScannersForRules
    {
        public ScannersForRules(ScanRules rules, ILogger<DocumentScanner>? logger)
        {
            Scanner = new DocumentScanner(new ScanOptions { Rules = rules, IncludeValues = false, Ocr = OcrSetup.Default() }, logger);
            Drafts = new DraftService(Scanner);
        }

        public DocumentScanner Scanner { get; }

        public DraftService Drafts { get; }
    }
}
