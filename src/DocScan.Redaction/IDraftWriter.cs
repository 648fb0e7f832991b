using DocScan.Core.Formats;

namespace DocScan.Redaction;

/// <summary>Writes the redacted draft of one family of formats, in the document's own format.</summary>
internal interface IDraftWriter
{
    bool CanWrite(FileFormat format);

    /// <summary>The document with every target of the plan masked; what was changed or refused goes to the log.</summary>
    Task<byte[]> WriteAsync(DraftInput input, CancellationToken cancellationToken);
}

/// <param name="Display">The document's name for messages, with its container chain (附件.zip!/申請書.docx).</param>
/// <param name="Writers">For containers: writes their members.</param>
/// <param name="Depth">0 for the document itself, 1 for its attachments.</param>
internal sealed record DraftInput(
    ReadOnlyMemory<byte> Content, string Display, SniffResult Sniff, RedactionPlan Plan, DraftLog Log, DraftWriters Writers, int Depth)
{
    /// <summary>The same draft, for a member of this document.</summary>
    public Task<byte[]> WriteNestedAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken) =>
        Writers.WriteAsync(content, $"{Display}!/{name}", Plan, Log, Depth + 1, cancellationToken);
}
