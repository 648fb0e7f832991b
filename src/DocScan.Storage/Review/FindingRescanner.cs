using DocScan.Core.Ocr;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Redaction;

namespace DocScan.Storage.Review;

/// <summary>
/// Reads a pending document again, keeping raw values: used only to answer an audited act on one finding, or to build
/// masked snippets. One scanner per set of rules.
/// </summary>
internal sealed class FindingRescanner(AgencyRulesProvider rules)
{
    private readonly PerRules<Rescan> _current = new(current => new Rescan(current));
    private Rescan? _fileOnly;

    /// <summary>With the rules as they stand, reviewers' allow-list entries included.</summary>
    public async Task<Rescan> CurrentAsync(CancellationToken cancellationToken) =>
        _current.For(await rules.GetRulesAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>With the rules file alone.</summary>
    public Rescan FileOnly => _fileOnly ??= new Rescan(rules.FileRules);

    public sealed class Rescan(ScanRules rules)
    {
        public DocumentScanner Scanner { get; } = new(new ScanOptions { Rules = rules, IncludeValues = true, Ocr = OcrSetup.Default() });

        public Task<DocumentScan> ScanAsync(BinaryData content, StoredReport report, CancellationToken cancellationToken) =>
            Scanner.ScanAsync(content.ToMemory(), new DocumentScanOptions { Name = report.Scan.Document.Name }, cancellationToken);

        /// <summary>Scans for drafts made again on a reviewer's choice: no raw value, since the draft summary is stored.</summary>
        public DocumentScanner DraftScanner { get; } = new(new ScanOptions { Rules = rules, IncludeValues = false, Ocr = OcrSetup.Default() });

        public DraftService Drafts => new(DraftScanner);
    }
}
