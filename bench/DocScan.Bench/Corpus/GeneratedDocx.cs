using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DocScan.Bench.Corpus;

/// <summary>
/// A long Word document of generated letters (paragraphs and tables), so the DOCX comparison also has
/// one input where a tool's start-up time does not dominate.
/// </summary>
internal static class GeneratedDocx
{
    public const int Letters = 300;

    public static string Write(string outDirectory)
    {
        var generator = new OfficialLetterGenerator(DetectionCorpus.Seed + 1);
        var body = new W.Body();
        for (var i = 0; i < Letters; i++)
        {
            foreach (var block in generator.Next().Blocks)
            {
                body.Append(block switch
                {
                    Paragraph paragraph => WordParagraph(paragraph.Text),
                    Table table => WordTable(table),
                    _ => throw new InvalidOperationException(block.GetType().Name),
                });
            }

            body.Append(new W.Paragraph(new W.Run(new W.Break { Type = W.BreakValues.Page })));
        }

        var path = Path.Combine(outDirectory, "generated-letters.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new W.Document(body);
        }

        return path;
    }

    private static W.Paragraph WordParagraph(string text) =>
        new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static W.Table WordTable(Table table)
    {
        var result = new W.Table(new W.TableProperties(new W.TableBorders(
            new W.InsideHorizontalBorder { Val = W.BorderValues.Single },
            new W.InsideVerticalBorder { Val = W.BorderValues.Single })));
        foreach (var row in table.Rows)
        {
            result.Append(new W.TableRow(row.Select(cell => new W.TableCell(WordParagraph(cell)))));
        }

        return result;
    }
}
