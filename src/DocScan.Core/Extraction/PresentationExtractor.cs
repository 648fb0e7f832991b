using DocScan.Core.Formats;

namespace DocScan.Core.Extraction;

// STUB: to be implemented.
public sealed class PresentationExtractor : IDocumentExtractor
{
    public bool CanExtract(FileFormat format) => format is FileFormat.Pptx or FileFormat.Pptm;

    public Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
