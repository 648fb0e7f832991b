using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DocScan.Core.Tests.Extraction;

/// <summary>PDFs written with PdfPig's builder (Helvetica: no font files needed), one line per array entry, pages in order.</summary>
internal static class PdfTestDocuments
{
    public static byte[] Pages(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(595, 842);
            for (var i = 0; i < lines.Length; i++)
            {
                page.AddText(lines[i], 12, new PdfPoint(72, 760 - i * 24), font);
            }
        }

        return builder.Build();
    }

    /// <summary>One page with a hand-written content stream using Helvetica as /F1, for operators the builder never writes.</summary>
    public static byte[] WithContent(string content, string geometry = "/MediaBox [0 0 595 842]") => RawPdfWriter.Build(
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        $"<< /Type /Page /Parent 2 0 R {geometry} /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        RawPdfWriter.HelveticaFont,
        RawPdfWriter.Stream(content),
    ]);
}
