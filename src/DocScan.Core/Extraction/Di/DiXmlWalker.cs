using System.Xml;

namespace DocScan.Core.Extraction.Di;

/// <summary>
/// Reads every text node, attribute value and comment of a DI or exchange form into segments named by
/// <see cref="DiElementPath"/>: in a DI attributes carry meaning (段名, 序號, the 代碼 of 密等 and
/// 速別, 附件名), so they are scanned like text. Keeps the attachments the internal subset declares,
/// also when the XML breaks off later.
/// </summary>
internal sealed class DiXmlWalker
{
    /// <summary>How many nodes pass between checks for cancellation.</summary>
    private const int CancellationCheckNodes = 1024;

    /// <summary>The attachments declared in the DOCTYPE, once it has been read.</summary>
    public IReadOnlyList<DiAttachmentDeclaration> Attachments { get; private set; } = [];

    public void Read(XmlReader reader, ExtractionContext context, CancellationToken cancellationToken)
    {
        var path = new DiElementPath();
        var nodes = 0;
        while (reader.Read())
        {
            if (++nodes % CancellationCheckNodes == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.DocumentType:
                    Attachments = DiEntityDeclarations.Parse(reader.Value);
                    break;
                case XmlNodeType.Element:
                    OpenElement(reader, path, context);
                    break;
                case XmlNodeType.EndElement:
                    path.Close();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    context.Add(DiFieldText.Of(path.Element, reader.Value), SegmentSources.Di, path.Current);
                    break;
                case XmlNodeType.Comment:
                    // A comment is never printed, but it leaves with the file.
                    context.Add(reader.Value, SegmentSources.Comment, path.Current, hidden: true);
                    break;
            }
        }
    }

    private static void OpenElement(XmlReader reader, DiElementPath path, ExtractionContext context)
    {
        var name = reader.Name;
        var empty = reader.IsEmptyElement;
        var attributes = ReadAttributes(reader);
        path.Open(name, attribute => attributes.FirstOrDefault(a => a.Name == attribute).Value);
        foreach (var (attribute, value) in attributes)
        {
            context.Add(DiFieldText.Of(name, value), SegmentSources.Di, $"{path.Current}@{attribute}");
        }

        if (empty)
        {
            path.Close();
        }
    }

    private static List<(string Name, string Value)> ReadAttributes(XmlReader reader)
    {
        var attributes = new List<(string, string)>();
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                // Namespace declarations and xml:space say nothing about the letter.
                if (reader.Prefix != "xmlns" && reader.Name != "xmlns" && reader.Prefix != "xml")
                {
                    attributes.Add((reader.Name, reader.Value));
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return attributes;
    }
}
