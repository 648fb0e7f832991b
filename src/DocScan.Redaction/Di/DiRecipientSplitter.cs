using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocScan.Core.Detection.Common;
using DocScan.Core.Extraction.Di;

namespace DocScan.Redaction.Di;

/// <summary>
/// 分旨分文 for a DI letter: one letter per private person on its 受文者, 正本, 副本 or attendee lists, each naming
/// only that person beside the agencies, so that nobody learns who else received it. The letters are made
/// from the redacted draft (the body stays masked); the person's own name is put back where they are addressed.
/// </summary>
internal static class DiRecipientSplitter
{
    public static List<byte[]> Split(ReadOnlyMemory<byte> original, byte[] draft, Encoding? encoding)
    {
        // UTF-8 as DIs are written: without a byte-order mark.
        encoding = encoding is null || encoding.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(false) : encoding;
        // The entries as the original wrote them, field by field: the draft has the persons' names masked.
        var fields = Fields(Load(original.ToArray(), encoding)).Select(f => Entries(f).ToList()).ToList();
        var persons = fields.SelectMany(f => f).Where(e => e.Person is not null).Select(e => e.Person!)
            .Distinct(StringComparer.Ordinal).ToList();
        var letters = new List<byte[]>();
        foreach (var person in persons)
        {
            var letter = Load(draft, encoding);
            foreach (var (entries, to) in fields.Zip(Fields(letter)))
            {
                var kept = entries.Where(e => e.Person is null || e.Person == person).Select(e => e.Text).ToList();
                if (kept.Count == 0)
                {
                    to.Remove();
                }
                else if (entries.Any(e => e.Person is not null))
                {
                    (to.Element("全銜") ?? to).Value = string.Join("、", kept);
                }
            }

            letters.Add(Save(letter, encoding));
        }

        return letters.Count > 0 ? letters : [draft];
    }

    private static IEnumerable<XElement> Fields(XDocument document) =>
        document.Root!.Elements().Where(e => DiRecipientPersons.FieldOf(e.Name.LocalName) is not null).ToList();

    private static IEnumerable<(string Text, string? Person)> Entries(XElement field)
    {
        var text = (field.Element("全銜") ?? field).Value;
        return DiRecipientPersons.Entries(text);
    }

    private static XDocument Load(byte[] content, Encoding encoding)
    {
        using var reader = XmlReader.Create(new StreamReader(new MemoryStream(content), encoding, detectEncodingFromByteOrderMarks: true),
            DiReaderSettings.Create());
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    private static byte[] Save(XDocument document, Encoding encoding)
    {
        // A DOCTYPE without an internal subset is written back without an empty one.
        if (document.DocumentType is { InternalSubset: "" } doctype)
        {
            doctype.InternalSubset = null;
        }

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = encoding, Indent = false }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }
}
