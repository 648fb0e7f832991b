using System.Text;
using System.Xml;
using DocScan.Core.Formats;

namespace DocScan.Core.Extraction.Di;

/// <summary>
/// Reads an electronic 公文 (DI) or its exchange form (sw), UTF-8 or Big5, element by element, then
/// the attachments it declares. XML that breaks off is a problem, but what was read before the break
/// and the declared attachments are still scanned.
/// </summary>
internal sealed class DiExtractor : IDocumentExtractor
{
    public bool CanExtract(FileFormat format) => format is FileFormat.Di or FileFormat.Sw;

    public async Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        // A nested document's prefix already ends with its own name (公文.di!/).
        var display = context.Depth == 0 ? input.Name : context.PathPrefix[..^2];
        IReadOnlyList<DiAttachmentDeclaration> attachments;

        // Decoded here, in the encoding the sniffer read from the declaration: a reader over text
        // ignores encoding="big5", which .NET would not know without the code-pages provider.
        var text = new StreamReader(ContentStream.Open(input.Content), input.Sniff.TextEncoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using (var reader = XmlReader.Create(text, DiReaderSettings.Create()))
        {
            var walker = new DiXmlWalker();
            try
            {
                walker.Read(reader, context, cancellationToken);
            }
            catch (XmlException ex) when (DiReaderSettings.IsEntityLimit(ex))
            {
                context.AddProblem(ProblemCodes.TooLarge,
                    $"「{display}」的實體（ENTITY）展開後超過 {DiReaderSettings.MaxCharactersFromEntities:N0} 字元上限（疑似實體炸彈），未能完整掃描。");
            }
            catch (XmlException ex)
            {
                context.AddProblem(ProblemCodes.Corrupt,
                    $"「{display}」的 XML 在第 {ex.LineNumber} 行第 {ex.LinePosition} 字起無法解析，檔案可能已損毀或被截斷；其後內容未能檢查。");
            }

            attachments = walker.Attachments;
        }

        await DiAttachments.ScanAsync(attachments, display, context, cancellationToken).ConfigureAwait(false);
    }
}
