using System.Text;
using DocScan.Core.Extraction;

namespace DocScan.Bench.Corpus;

/// <summary>
/// Lays a letter out as the extractors hand it over: a Word document gives one segment per paragraph
/// and one per table cell (with its position, so column headers count as context); a PDF gives one
/// segment per printed line, tables rendered as lines, and a page footer.
/// </summary>
internal static class LetterLayouts
{
    private const string DocumentPart = "word/document.xml";
    private const double LineWidthEm = 38;
    private const int LinesPerPage = 40;

    public static IReadOnlyList<TextSegment> AsWord(OfficialLetter letter)
    {
        var segments = new List<TextSegment>();
        var tables = 0;
        foreach (var block in letter.Blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    segments.Add(new TextSegment(paragraph.Text, SegmentSources.Body, DocumentPart));
                    break;
                case Table table:
                    var id = $"{DocumentPart}#{++tables}";
                    for (var row = 0; row < table.Rows.Count; row++)
                    {
                        for (var column = 0; column < table.Rows[row].Length; column++)
                        {
                            segments.Add(new TextSegment(table.Rows[row][column], SegmentSources.Table, DocumentPart,
                                Cell: new CellPosition(id, row, column)));
                        }
                    }

                    break;
            }
        }

        segments.Add(new TextSegment("第1頁，共1頁", SegmentSources.Footer, "word/footer1.xml"));
        return segments.Where(s => s.Text.Length > 0).ToList();
    }

    public static IReadOnlyList<TextSegment> AsPdf(OfficialLetter letter)
    {
        var lines = letter.Blocks.SelectMany(block => block switch
        {
            Paragraph paragraph => Wrap(paragraph.Text),
            Table table => table.Rows.Select(row => string.Join("  ", row)),
            _ => [],
        }).ToList();

        var pages = (lines.Count + LinesPerPage - 1) / LinesPerPage;
        var segments = new List<TextSegment>();
        for (var i = 0; i < lines.Count; i++)
        {
            var page = i / LinesPerPage + 1;
            segments.Add(new TextSegment(lines[i], SegmentSources.Page, $"page/{page}", page));
            if ((i + 1) % LinesPerPage == 0 || i == lines.Count - 1)
            {
                segments.Add(new TextSegment($"第 {page} 頁，共 {pages} 頁", SegmentSources.Page, $"page/{page}", page));
            }
        }

        return segments;
    }

    // Breaks where a printed line would end, but never inside a run of Latin letters and digits:
    // a PDF writer moves a whole word (or ID) to the next line.
    private static IEnumerable<string> Wrap(string text)
    {
        var line = new StringBuilder();
        var width = 0.0;
        var i = 0;
        while (i < text.Length)
        {
            var end = i + 1;
            while (end < text.Length && IsWordChar(text[end - 1]) && IsWordChar(text[end]))
            {
                end++;
            }

            var piece = text[i..end];
            var pieceWidth = 0.0;
            foreach (var c in piece)
            {
                pieceWidth += c < 0x80 ? 0.5 : 1;
            }

            if (width + pieceWidth > LineWidthEm && line.Length > 0)
            {
                yield return line.ToString();
                line.Clear();
                width = 0;
            }

            line.Append(piece);
            width += pieceWidth;
            i = end;
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '@' or '/';
}
