using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DocScan.Core.Tests.Redaction;

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
}
