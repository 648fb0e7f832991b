using DocScan.Core.Formats;

namespace DocScan.Redaction.Ooxml;

/// <summary>
/// Word, Excel and PowerPoint: what the format hides is cleaned up first (Word's tracked changes,
/// comments and hidden text; Excel's number and formula cells), then every XML part is masked.
/// Layout and formatting stay: runs, cells and shapes keep their properties, only characters change.
/// </summary>
internal sealed class OoxmlDraftWriter : IDraftWriter
{
    // Macro-enabled formats never get here: macros block a document.
    public bool CanWrite(FileFormat format) => format is FileFormat.Docx or FileFormat.Xlsx or FileFormat.Pptx;

    public async Task<byte[]> WriteAsync(DraftInput input, CancellationToken cancellationToken)
    {
        var content = input.Content.ToArray();
        content = input.Sniff.Format switch
        {
            FileFormat.Docx => WordCleanup.Clean(content, input),
            FileFormat.Xlsx => SpreadsheetCells.Mask(content, input),
            _ => content,
        };

        return await PackageXmlMasker.MaskAsync(content, input, cancellationToken).ConfigureAwait(false);
    }
}
