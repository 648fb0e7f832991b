using DocScan.Core.Extraction.OpenXml;
using DocScan.Core.Formats;

namespace DocScan.Core.Extraction.Odf;

/// <summary>
/// Reads OpenDocument text, spreadsheets and presentations (.odt/.ods/.odp, their templates, and flat
/// .fodt/.fods/.fodp), the format Taiwan's agencies must send editable files in (CNS 15251): every
/// place text hides (see <see cref="OdfTextWalker"/>, <see cref="OdfSheetReader"/>, <see cref="OdfSlideReader"/>),
/// embedded objects as part of the document, macros as active content, and pictures by OCR (without it, a picture that can hold text is needs-ocr).
/// </summary>
internal sealed class OdfExtractor : IDocumentExtractor
{
    public bool CanExtract(FileFormat format) => format is FileFormat.Odt or FileFormat.Ods or FileFormat.Odp;

    public async Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        var package = OdfPackageReader.Read(input, context, cancellationToken);
        var failures = new PartFailures(context, input.Name);
        foreach (var document in package.Documents)
        {
            OdfDocumentReader.Read(document, failures, context, cancellationToken);
        }

        foreach (var macro in package.Macros)
        {
            context.AddActiveContent(ActiveContentKinds.OdfMacro, macro);
        }

        foreach (var (name, content) in package.Embedded)
        {
            await context.ExtractNestedAsync(content, name, cancellationToken).ConfigureAwait(false);
        }

        // Read as image files attached to the document are, so a draft paints them as it paints those.
        foreach (var (name, content) in package.Pictures)
        {
            await context.ExtractNestedAsync(content, name, cancellationToken).ConfigureAwait(false);
        }
    }
}
