using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocScan.Core.Tests.Extraction;

/// <summary>A .docx built in memory: the main part made, the rest left to the caller.</summary>
internal static class WordBuilder
{
    internal static byte[] Build(Action<WordprocessingDocument, MainDocumentPart> build)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            build(document, main);
        }

        return stream.ToArray();
    }
}
