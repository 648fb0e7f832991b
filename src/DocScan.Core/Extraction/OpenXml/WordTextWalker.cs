using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using M = DocumentFormat.OpenXml.Math;
using V = DocumentFormat.OpenXml.Vml;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>Where Word text sits, before run-level properties (hidden, deleted) are applied.</summary>
internal readonly record struct WordPlace(string Source, bool Hidden, CellPosition? Cell = null)
{
    /// <summary>Table text of headers, footnotes and comments keeps their source: that is where a reader looks for it.</summary>
    public WordPlace InTable(CellPosition? cell) =>
        Source == SegmentSources.Body ? this with { Source = SegmentSources.Table, Cell = cell } : this with { Cell = cell };

    public WordPlace InTextBox() => this with { Source = SegmentSources.TextBox };
}

/// <summary>
/// Turns WordprocessingML of one part into segments, one per paragraph: all visible runs joined (so
/// an ID split across runs or tracked insertions is one string), and apart from it, as hidden
/// segments, the paragraph's hidden runs, tracked deletions and field codes that carry a literal.
/// Text boxes (VML or DrawingML, wherever they are anchored) become segments of their own.
/// </summary>
internal sealed class WordTextWalker(string path, WordHiddenStyles styles)
{
    private readonly HashSet<string> _authors = new(StringComparer.Ordinal);
    private int _tables;

    /// <summary>Authors of comments and tracked changes met so far: names of people, kept with the file.</summary>
    public IReadOnlyCollection<string> Authors => _authors;

    public void Walk(OpenXmlElement element, WordPlace place, List<TextSegment> sink) =>
        Visit(element, new Scope(place, null, sink, null, Deleted: false, HiddenRun: false));

    private void VisitChildren(OpenXmlElement parent, Scope scope)
    {
        foreach (var child in parent.ChildElements)
        {
            Visit(child, scope);
        }
    }

    private void Visit(OpenXmlElement element, Scope scope)
    {
        switch (element)
        {
            case ParagraphProperties or RunProperties or SectionProperties:
                break;
            case Paragraph paragraph:
                WalkFragment(paragraph, scope with { ParagraphStyle = styles.ParagraphStyle(paragraph) });
                break;
            case Table table:
                WalkTable(table, scope);
                break;
            case TextBoxContent:
                VisitChildren(element, scope with { Place = scope.Place.InTextBox(), Paragraph = null });
                break;
            case Run run:
                VisitChildren(run, scope with { HiddenRun = scope.HiddenRun || styles.IsHidden(run, scope.ParagraphStyle) });
                break;
            case RunTrackChangeType change:
                NoteAuthor(change.Author);
                VisitChildren(element, change is DeletedRun or MoveFromRun ? scope with { Deleted = true } : scope);
                break;
            case TrackChangeType change:
                NoteAuthor(change.Author);
                break;
            case Comment comment:
                NoteAuthor(comment.Author);
                VisitChildren(element, scope);
                break;
            case Text text:
                Append(scope, text.Text);
                break;
            case DeletedText deleted:
                Append(scope with { Deleted = true }, deleted.Text);
                break;
            case M.Text math:
                Append(scope, math.Text);
                break;
            case TabChar or PositionalTab:
                Append(scope, "\t");
                break;
            case Break or CarriageReturn:
                Append(scope, "\n");
                break;
            case NoBreakHyphen:
                Append(scope, "-");
                break;
            case FieldChar { FieldCharType.Value: var type } when type == FieldCharValues.Begin:
                scope.Paragraph?.StartField();
                break;
            case FieldCode or DeletedFieldCode:
                scope.Paragraph?.AddFieldCode(element.InnerText);
                break;
            case SimpleField field:
                scope.Paragraph?.StartField();
                scope.Paragraph?.AddFieldCode(field.Instruction?.Value);
                VisitChildren(element, scope);
                break;
            case V.TextPath textPath:
                // WordArt and watermarks ("機密", "密") keep their text in an attribute.
                scope.Sink.Add(new TextSegment(textPath.String?.Value ?? "", SegmentSources.TextBox, path, null, scope.Place.Hidden));
                break;
            case AlternateContent alternate:
                AlternateContentBranches.Walk(alternate, scope.Sink,
                    (branch, branchSink) => WalkFragment(branch, scope with { Sink = branchSink }));
                break;
            case OpenXmlUnknownElement unknown:
                IgnoredMarkup.Add(unknown, path, null, scope.Sink);
                break;
            default:
                if (AltText.IsHolder(element))
                {
                    AltText.Add(element, path, null, scope.Sink);
                }

                VisitChildren(element, scope);
                break;
        }
    }

    // Cells carry their position so detectors can read the column header (姓名, 身分證字號). Rows and
    // cells wrapped in content controls are still read, only without a position.
    private void WalkTable(Table table, Scope scope)
    {
        var id = $"{path}#table{++_tables}";
        var inTable = scope with { Place = scope.Place.InTable(null) };
        var row = 0;
        foreach (var child in table.ChildElements)
        {
            if (child is not TableRow tableRow)
            {
                Visit(child, inTable);
                continue;
            }

            var column = 0;
            foreach (var rowChild in tableRow.ChildElements)
            {
                if (rowChild is TableCell cell)
                {
                    VisitChildren(cell, scope with { Place = scope.Place.InTable(new CellPosition(id, row, column)) });
                    column += Math.Max(1, cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1);
                }
                else
                {
                    Visit(rowChild, inTable);
                }
            }

            row++;
        }
    }

    /// <summary>Collects a paragraph (or a branch of alternate content) as one text, then the text boxes inside it.</summary>
    private void WalkFragment(OpenXmlElement fragment, Scope scope)
    {
        var text = new ParagraphText();
        var nested = new List<TextSegment>();
        VisitChildren(fragment, scope with { Paragraph = text, Sink = nested });
        text.Flush(scope.Place, path, scope.Sink);
        scope.Sink.AddRange(nested);
    }

    private static void Append(Scope scope, string? text) => scope.Paragraph?.Append(text, scope.Deleted, scope.HiddenRun);

    private void NoteAuthor(StringValue? author)
    {
        if (!string.IsNullOrWhiteSpace(author?.Value))
        {
            _authors.Add(author.Value);
        }
    }

    private readonly record struct Scope(
        WordPlace Place, ParagraphText? Paragraph, List<TextSegment> Sink, string? ParagraphStyle, bool Deleted, bool HiddenRun);

    private sealed class ParagraphText
    {
        private readonly StringBuilder _visible = new();
        private readonly StringBuilder _hidden = new();
        private readonly StringBuilder _deleted = new();
        private readonly StringBuilder _fieldCodes = new();

        public void Append(string? text, bool deleted, bool hidden) =>
            (deleted ? _deleted : hidden ? _hidden : _visible).Append(text);

        public void StartField()
        {
            if (_fieldCodes.Length > 0)
            {
                _fieldCodes.Append(' ');
            }
        }

        public void AddFieldCode(string? code) => _fieldCodes.Append(code);

        public void Flush(WordPlace place, string path, List<TextSegment> sink)
        {
            sink.Add(new TextSegment(_visible.ToString(), place.Source, path, null, place.Hidden, place.Cell));
            sink.Add(new TextSegment(_hidden.ToString(), SegmentSources.HiddenText, path, null, Hidden: true, place.Cell));
            sink.Add(new TextSegment(_deleted.ToString(), SegmentSources.TrackedDeletion, path, null, Hidden: true, place.Cell));
            var fieldCodes = _fieldCodes.ToString();
            if (QuotedLiteral.IsIn(fieldCodes))
            {
                sink.Add(new TextSegment(fieldCodes, SegmentSources.HiddenText, path, null, Hidden: true));
            }
        }
    }
}
