using DocScan.Redaction;
using DocScan.Core.Reporting;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Storage;

namespace DocScan.Tests.Shared;

/// <summary>
/// The real engine, except that it throws on every document whose name contains <see cref="Marker"/>,
/// with the name in the message as a careless exception would: a document that always fails.
/// </summary>
public sealed class FailingScanEngine(ScanRules? rules = null) : IDocumentScanEngine
{
    public const string Marker = "always-fails";

    private readonly DocumentScanEngine _inner = new(rules ?? ScanRules.Default);
    private int _failures;

    public int Failures => _failures;

    public string RulesVersion => _inner.RulesVersion;

    public ScanLimits Limits { get; init; } = ScanLimits.Default;

    public ScanRules Rules => _inner.Rules;

    public Task<ScanReport> ScanAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken)
    {
        if (name.Contains(Marker, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _failures);
            throw new InvalidDataException($"parser crashed on {name}");
        }

        return _inner.ScanAsync(content, name, cancellationToken);
    }

    public string Mask(string text) => _inner.Mask(text);

    public Task<DraftResult> DraftAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken) =>
        _inner.DraftAsync(content, name, cancellationToken);
}
