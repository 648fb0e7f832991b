using DocScan.Core.Formats;
using DocScan.Redaction.Email;
using DocScan.Redaction.Ooxml;
using DocScan.Redaction.Pdf;
using DocScan.Core.Scanning;

namespace DocScan.Redaction;

/// <summary>Sniffs a document and hands it to the writer for its format; containers come back here for their members.</summary>
internal sealed class DraftWriters(IEnumerable<IDraftWriter> writers, ScanLimits limits)
{
    private readonly IReadOnlyList<IDraftWriter> _writers = writers.ToList();

    public static DraftWriters Create(ScanLimits limits) => new(
    [
        new OoxmlDraftWriter(),
        new Odf.OdfDraftWriter(),
        new PdfDraftWriter(),
        new EmailDraftWriter(),
        new TextDraftWriter(),
        new ZipDraftWriter(),
    ], limits);

    public bool CanWrite(FileFormat format) => _writers.Any(w => w.CanWrite(format));

    /// <summary>
    /// The member redacted by its format's writer. A format without a writer is kept as it is: if it
    /// holds anything to redact, the self-check finds it and the draft is not offered.
    /// </summary>
    public async Task<byte[]> WriteAsync(
        ReadOnlyMemory<byte> content, string display, RedactionPlan plan, DraftLog log, int depth, CancellationToken cancellationToken)
    {
        var sniff = FormatSniffer.Sniff(content.Span);
        var writer = _writers.FirstOrDefault(w => w.CanWrite(sniff.Format));
        if (writer is null || depth > limits.MaxDepth)
        {
            return content.ToArray();
        }

        return await writer.WriteAsync(new DraftInput(content, display, sniff, plan, log, this, depth), cancellationToken)
            .ConfigureAwait(false);
    }
}
