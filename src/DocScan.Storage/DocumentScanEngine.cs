using DocScan.Core.Detection;
using DocScan.Redaction;
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

/// <summary>
/// DocScan.Core's scanner with the agency's rules as they stand (<see cref="AgencyRulesProvider"/>: the rules file plus reviewers'
/// allow-list entries); stored reports never hold raw values.
/// </summary>
public sealed class DocumentScanEngine : IDocumentScanEngine
{
    private readonly AgencyRulesProvider _rules;
    private readonly PerRules<Tools> _tools;

    public DocumentScanEngine(ScanRules rules, ILogger<DocumentScanner>? logger = null)
        : this(new AgencyRulesProvider(rules), logger)
    {
    }

    public DocumentScanEngine(AgencyRulesProvider rules, ILogger<DocumentScanner>? logger = null)
    {
        _rules = rules;
        _tools = new PerRules<Tools>(current => new Tools(current, logger));
    }

    /// <summary>The rules file's version: reviewers' allow-list entries do not send every document to the sweep again.</summary>
    public string RulesVersion => _rules.FileRules.EffectiveVersion;

    public ScanLimits Limits => _tools.For(_rules.Current).Scanner.Options.Limits;

    public async Task<ScanReport> ScanAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken) =>
        await (await ToolsAsync(cancellationToken).ConfigureAwait(false)).Scanner.ScanAsync(content, name, cancellationToken).ConfigureAwait(false);

    public string Mask(string text) => _tools.For(_rules.Current).Masker.MaskValues(text);

    public async Task<DraftResult> DraftAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken) =>
        await (await ToolsAsync(cancellationToken).ConfigureAwait(false)).Drafts.CreateDraftsAsync(content, name, cancellationToken).ConfigureAwait(false);

    private async ValueTask<Tools> ToolsAsync(CancellationToken cancellationToken) =>
        _tools.For(await _rules.GetRulesAsync(cancellationToken).ConfigureAwait(false));

    private sealed class Tools
    {
        public Tools(ScanRules rules, ILogger<DocumentScanner>? logger)
        {
            Scanner = new DocumentScanner(new ScanOptions { Rules = rules, IncludeValues = false }, logger);
            Masker = FindingDetector.Create(rules, TimeProvider.System);
            Drafts = new DraftService(Scanner);
        }

        public DocumentScanner Scanner { get; }

        public FindingDetector Masker { get; }

        public DraftService Drafts { get; }
    }
}
