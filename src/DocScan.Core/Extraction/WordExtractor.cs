using DocScan.Core.Formats;

namespace DocScan.Core.Extraction;

// STUB: to be implemented.
public sealed class WordExtractor : IDocumentExtractor
{
    public bool CanExtract(FileFormat format) => format is FileFormat.Docx or FileFormat.Docm;

    public Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
