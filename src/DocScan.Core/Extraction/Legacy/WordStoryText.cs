using System.Text;
using DocScan.Core.Extraction.OpenXml;

namespace DocScan.Core.Extraction.Legacy;

/// <summary>
/// Turns one story of a Word 97–2003 character stream into segments: one per paragraph or table
/// cell, split where a run is deleted or hidden (by its own formatting, its character style or its
/// paragraph's style). Field instructions (between 0x13 and 0x14) are not part of the text, their results are; instructions holding a quoted literal (a HYPERLINK's
/// mailto: address, a MERGEFIELD default) are hidden text of their paragraph, as in .docx.
/// Word's control characters become the text a reader sees.
/// </summary>
internal sealed class WordStoryText(FormattedPages<RunHiding> characters, FormattedPages<ParagraphRole> paragraphs)
{
    private const char FieldBegin = '\u0013';
    private const char FieldSeparator = '\u0014';
    private const char FieldEnd = '\u0015';
    private const char CellMark = '\u0007';

    /// <param name="text">The story's characters.</param>
    /// <param name="offsets">Each character's byte offset in the WordDocument stream.</param>
    public List<TextSegment> Read(ReadOnlySpan<char> text, ReadOnlySpan<int> offsets, WordPlace place)
    {
        var segments = new List<TextSegment>();
        var fields = new Stack<bool>();
        var current = new StringBuilder();
        var instructions = new StringBuilder();
        var currentHiding = RunHiding.None;
        int tables = 0, row = 0, column = 0;
        var inTable = false;

        void Flush()
        {
            if (current.Length > 0)
            {
                var cell = inTable ? new CellPosition($"{place.Path}#table{tables}", row, column) : null;
                segments.Add(Segment(current.ToString(), currentHiding, cell, place));
                current.Clear();
            }
        }

        void FlushInstructions()
        {
            if (QuotedLiteral.IsIn(instructions.ToString()))
            {
                segments.Add(new TextSegment(instructions.ToString().Trim(), SegmentSources.HiddenText, place.Path, Hidden: true));
            }

            instructions.Clear();
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == FieldBegin)
            {
                fields.Push(true);
                instructions.Append(' ');
                continue;
            }

            if (c == FieldSeparator && fields.TryPop(out _))
            {
                fields.Push(false);
                continue;
            }

            if (c == FieldEnd)
            {
                fields.TryPop(out _);
                continue;
            }

            if (fields.Contains(true))
            {
                instructions.Append(c < ' ' ? ' ' : c);
                continue;
            }

            var paragraph = paragraphs.At(offsets[i]);
            if (paragraph.HasFlag(ParagraphRole.InTable) != inTable)
            {
                Flush();
                inTable = !inTable;
                (tables, row, column) = inTable ? (tables + 1, 0, 0) : (tables, row, column);
            }

            var hiding = characters.At(offsets[i]) | (paragraph.HasFlag(ParagraphRole.HiddenByStyle) ? RunHiding.Vanished : RunHiding.None);
            if (hiding != currentHiding)
            {
                Flush();
                currentHiding = hiding;
            }

            if (c == CellMark && inTable)
            {
                Flush();
                FlushInstructions();
                (row, column) = paragraph.HasFlag(ParagraphRole.RowEnd) ? (row + 1, 0) : (row, column + 1);
            }
            else if (c is '\r' or '\v' or '\f' or CellMark)
            {
                // Paragraphs of one cell stay one cell: its header and its values keep their column.
                if (inTable)
                {
                    current.Append('\n');
                }
                else
                {
                    Flush();
                    FlushInstructions();
                }
            }
            else if (Visible(c) is { } shown)
            {
                current.Append(shown);
            }
        }

        Flush();
        FlushInstructions();
        return segments;
    }

    private static TextSegment Segment(string value, RunHiding hiding, CellPosition? cell, WordPlace place)
    {
        if (hiding.HasFlag(RunHiding.Deleted))
        {
            return new TextSegment(value, SegmentSources.TrackedDeletion, place.Path, Hidden: true, Cell: cell);
        }

        if (hiding.HasFlag(RunHiding.Vanished))
        {
            return new TextSegment(value, SegmentSources.HiddenText, place.Path, Hidden: true, Cell: cell);
        }

        var source = cell is not null && place.Source == SegmentSources.Body ? SegmentSources.Table : place.Source;
        return new TextSegment(value, source, place.Path, Hidden: place.Hidden, Cell: cell);
    }

    /// <summary>What a reader sees for one stored character; null for marks that show nothing.</summary>
    private static char? Visible(char c) => c switch
    {
        '\t' => '\t',
        '\u001E' => '-',           // non-breaking hyphen
        '\u001F' => null,          // optional hyphen
        '\u00A0' => ' ',
        < ' ' => null,             // anchors of pictures and drawings, footnote and comment references, separators
        _ => c,
    };
}

/// <param name="Path">The report path of the story, e.g. <c>WordDocument#body</c>.</param>
internal readonly record struct WordPlace(string Source, string Path, bool Hidden);
