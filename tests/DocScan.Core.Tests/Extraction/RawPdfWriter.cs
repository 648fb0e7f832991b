using System.Text;

namespace DocScan.Core.Tests.Extraction;

/// <summary>
/// Writes a PDF from hand-written objects, for structures PdfPig's builder cannot make (annotations,
/// embedded files, XMP, form fields). Object n is <c>objects[n - 1]</c>; object 1 must be the catalog.
/// </summary>
internal static class RawPdfWriter
{
    public static byte[] Build(IReadOnlyList<string> objects, string trailerEntries = "")
    {
        using var output = new MemoryStream();
        void Write(string text) => output.Write(Encoding.Latin1.GetBytes(text));

        Write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = output.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }

        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerEntries} >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>
    /// A one-page PDF showing <paramref name="line"/>: objects 1 to 5 are the catalog, page tree, page,
    /// font and content stream; <paramref name="more"/> are objects 6 and on.
    /// </summary>
    public static byte[] OnePage(
        string line, IReadOnlyList<string> more, string catalogEntries = "", string pageEntries = "", string trailerEntries = "") =>
        Build(
            [
                $"<< /Type /Catalog /Pages 2 0 R {catalogEntries} >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                HelveticaPage(2, 4, 5, pageEntries),
                HelveticaFont,
                TextContent(line),
                .. more,
            ],
            trailerEntries);

    /// <summary>An uncompressed stream object; <paramref name="content"/> must be Latin-1.</summary>
    public static string Stream(string content, string entries = "") =>
        $"<< /Length {Encoding.Latin1.GetByteCount(content)} {entries} >>\nstream\n{content}\nendstream";

    /// <summary>A PDF text string in UTF-16BE, for text outside Latin-1.</summary>
    public static string Text(string text) => $"<FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>";

    /// <summary>A one-line Helvetica content stream, for pages that use <see cref="HelveticaPage"/>.</summary>
    public static string TextContent(string line) => Stream($"BT /F1 12 Tf 72 760 Td ({line}) Tj ET");

    /// <summary>A page whose font /F1 is object <paramref name="fontObject"/>.</summary>
    public static string HelveticaPage(int parent, int fontObject, int contents, string extraEntries = "") =>
        $"<< /Type /Page /Parent {parent} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {fontObject} 0 R >> >> /Contents {contents} 0 R {extraEntries} >>";

    public const string HelveticaFont = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
}
