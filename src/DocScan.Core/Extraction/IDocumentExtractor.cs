using DocScan.Core.Formats;

namespace DocScan.Core.Extraction;

/// <summary>Reads every place text can hide in one family of formats.</summary>
internal interface IDocumentExtractor
{
    bool CanExtract(FileFormat format);

    /// <summary>
    /// Adds every segment to <paramref name="context"/>. Parts that cannot be read are reported with
    /// <see cref="ExtractionContext.AddProblem"/> (extraction goes on) or by throwing
    /// <see cref="ScanProblemException"/> (extraction of this document stops).
    /// </summary>
    Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken);
}

/// <param name="Content">The whole document.</param>
/// <param name="Name">File name (or attachment name), used for messages only.</param>
/// <param name="Sniff">What the bytes are.</param>
internal sealed record ExtractionInput(ReadOnlyMemory<byte> Content, string Name, SniffResult Sniff);
