using System.Text;
using System.Xml;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace DocScan.Core.Extraction;

/// <summary>
/// Reads the document information dictionary (Title, Author, ... and any custom key) and the XMP
/// packet. Word and Acrobat copy the author's account name and the first line of the text there.
/// </summary>
internal static class PdfMetadataReader
{
    // Machine-written timestamps; nobody types personal data into them.
    private static readonly HashSet<string> SkippedInfoKeys = ["CreationDate", "ModDate"];

    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public static void Read(PdfDocument document, PdfObjectReader reader, string display, ExtractionContext context)
    {
        var values = new List<(string Path, string Text)>();
        try
        {
            var info = document.Information.DocumentInformationDictionary?.Data ?? new Dictionary<string, IToken>();
            foreach (var (key, token) in info)
            {
                if (!SkippedInfoKeys.Contains(key) && reader.Text(token) is { } text)
                {
                    values.Add(($"info/{key}", text));
                }
            }
        }
        catch (Exception ex) when (PdfDocumentOpener.IsParseFailure(ex))
        {
            context.AddProblem(ProblemCodes.Corrupt, $"「{display}」的文件摘要資訊（作者、標題等）無法讀取（{ex.GetType().Name}），未檢查。");
        }

        try
        {
            if (document.TryGetXmpMetadata(out var xmp))
            {
                values.AddRange(XmpValues(xmp.GetXmlBytes().ToArray()));
            }
        }
        catch (Exception ex) when (PdfDocumentOpener.IsParseFailure(ex))
        {
            context.AddProblem(ProblemCodes.Corrupt, $"「{display}」的 XMP 中繼資料無法讀取（{ex.GetType().Name}），未檢查。");
        }

        foreach (var (path, text) in values)
        {
            context.Add(text, SegmentSources.Metadata, path, hidden: true);
        }
    }

    private static IEnumerable<(string Path, string Text)> XmpValues(byte[] packet)
    {
        XDocument xml;
        try
        {
            using var stream = new MemoryStream(packet, writable: false);
            using var xmlReader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            xml = XDocument.Load(xmlReader);
        }
        catch (XmlException)
        {
            // Malformed XML still leaves with the file; its raw text is better than nothing.
            return [("xmp", Encoding.UTF8.GetString(packet))];
        }

        var values = new List<(string, string)>();
        foreach (var element in xml.Descendants())
        {
            foreach (var attribute in element.Attributes())
            {
                if (!attribute.IsNamespaceDeclaration && attribute.Name.Namespace != Rdf && attribute.Name.Namespace != XNamespace.Xml)
                {
                    values.Add(($"xmp/{QualifiedName(element, attribute.Name)}", attribute.Value));
                }
            }

            if (!element.HasElements && !string.IsNullOrWhiteSpace(element.Value))
            {
                values.Add(($"xmp/{QualifiedName(element, PropertyElement(element).Name)}", element.Value));
            }
        }

        return values;
    }

    // <dc:creator><rdf:Seq><rdf:li>…: the value belongs to dc:creator, not to rdf:li.
    private static XElement PropertyElement(XElement element)
    {
        var current = element;
        while (current.Name.Namespace == Rdf && current.Parent is { } parent)
        {
            current = parent;
        }

        return current;
    }

    private static string QualifiedName(XElement scope, XName name) =>
        scope.GetPrefixOfNamespace(name.Namespace) is { Length: > 0 } prefix ? $"{prefix}:{name.LocalName}" : name.LocalName;
}
