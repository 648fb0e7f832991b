using System.Text;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// Text of DrawingML (slides, shapes in sheets, SmartArt, charts): one segment per <c>a:p</c>, runs
/// joined so that an ID split across runs stays one string; paragraphs in <c>a:tbl</c> are table text.
/// </summary>
internal sealed class DrawingText(string path, int? page)
{
    /// <summary>Shapes this returns true for are walked as hidden (e.g. prompt text of layout placeholders).</summary>
    public Func<OpenXmlElement, bool> IsHiddenShape { get; init; } = _ => false;

    private int _tables;

    public void Walk(OpenXmlElement element, string source, bool hidden, List<TextSegment> sink) =>
        Walk(element, source, hidden, null, sink);

    private void Walk(OpenXmlElement element, string source, bool hidden, CellPosition? cell, List<TextSegment> sink)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case A.Paragraph paragraph:
                    sink.Add(new TextSegment(ParagraphText(paragraph), source, path, page, hidden, cell));
                    break;
                case A.Table table:
                    WalkTable(table, source == SegmentSources.Slide ? SegmentSources.Table : source, hidden, sink);
                    break;
                case AlternateContent alternate:
                    AlternateContentBranches.Walk(alternate, sink, (branch, branchSink) => Walk(branch, source, hidden, cell, branchSink));
                    break;
                case OpenXmlUnknownElement unknown:
                    IgnoredMarkup.Add(unknown, path, page, sink);
                    break;
                default:
                    if (AltText.IsHolder(child))
                    {
                        AltText.Add(child, path, page, sink);
                    }

                    Walk(child, source, hidden || IsHiddenShape(child), cell, sink);
                    break;
            }
        }
    }

    // Cells carry their position so detectors can read the column header (姓名, 身分證字號).
    private void WalkTable(A.Table table, string source, bool hidden, List<TextSegment> sink)
    {
        var id = $"{path}#table{++_tables}";
        var row = 0;
        foreach (var tableRow in table.Elements<A.TableRow>())
        {
            var column = 0;
            foreach (var tableCell in tableRow.Elements<A.TableCell>())
            {
                Walk(tableCell, source, hidden, new CellPosition(id, row, column), sink);
                column += Math.Max(1, tableCell.GridSpan?.Value ?? 1);
            }

            row++;
        }
    }

    /// <summary>The text of one paragraph as shown: runs and fields joined, line breaks as newlines.</summary>
    public static string ParagraphText(A.Paragraph paragraph)
    {
        var text = new StringBuilder();
        AppendText(paragraph, text);
        return text.ToString();
    }

    private static void AppendText(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case A.Text run:
                    text.Append(run.Text);
                    break;
                case A.Break:
                    text.Append('\n');
                    break;
                case A.RunProperties or A.ParagraphProperties or A.EndParagraphRunProperties:
                    break;
                case AlternateContent alternate:
                    // Inside a paragraph this is an equation and its picture fallback: the first branch holds the text.
                    if (alternate.ChildElements.FirstOrDefault() is { } shown)
                    {
                        AppendText(shown, text);
                    }

                    break;
                default:
                    AppendText(child, text);
                    break;
            }
        }
    }
}
