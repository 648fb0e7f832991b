using DocScan.Core.Formats;
using DocScan.Core.Ocr;

namespace DocScan.Core.Extraction;

/// <summary>
/// Image files (.png, .jpg, .gif, .bmp, .webp, .tif with its pages), on their own or attached to an
/// e-mail or zipped: read by OCR when it is on, else needs-ocr.
/// </summary>
internal sealed class ImageExtractor : IDocumentExtractor
{
    public bool CanExtract(FileFormat format) => format is FileFormat.Image;

    public Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken) =>
        OcrReading.ReadImageAsync(context, input.Content, context.DocumentWords(input.Name), SegmentSources.Image, "image", "", 1,
            cancellationToken);
}
