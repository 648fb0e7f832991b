using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocScan.Core.Extraction.OpenXml;
using static DocScan.Core.Extraction.Odf.OdfNames;

namespace DocScan.Core.Extraction.Odf;

/// <summary>
/// Turns ODF text content into segments, one per paragraph: shown spans joined (text:s, text:tab and
/// text:line-break in their place), and apart from it, as hidden segments, what nobody sees: spans,
/// paragraphs and sections whose style or field hides them, comments (<c>office:annotation</c>),
/// tracked deletions (in <c>text:tracked-changes</c>, or in place between change marks), user-field
/// values, form controls' values and alternative texts. Notes, frames and comments met mid-sentence become segments of their own,
/// so they never split the sentence around them. Tables carry their cell position.
/// </summary>
/// <param name="deletions">Ids of the changed regions that are deletions (<see cref="OdfDeletions"/>).</param>
internal sealed partial class OdfTextWalker(OdfStyles styles, string tablePrefix, IReadOnlySet<string> deletions)
{
    private readonly HashSet<string> _authors = new(StringComparer.Ordinal);

    // Deletions marked in place (text:change-start … text:change-end) open and close in document order,
    // across spans and paragraphs.
    private readonly HashSet<string> _openDeletions = new(StringComparer.Ordinal);
    private string _tablePrefix = tablePrefix;
    private int _tables;

    /// <summary>Authors of comments and tracked changes met so far: names of people, kept with the file.</summary>
    public IReadOnlyCollection<string> Authors => _authors;

    /// <summary>Slides are all in content.xml: their tables are counted per slide, as a reader counts them.</summary>
    public void BeginSlide(string prefix)
    {
        _tablePrefix = prefix;
        _tables = 0;
    }

    /// <summary>Walks <paramref name="element"/> itself (a paragraph, table, frame …) at <paramref name="place"/>.</summary>
    public void Walk(XElement element, OdfPlace place, List<TextSegment> sink) =>
        Visit(element, new Scope(place, null, sink, HiddenRun: false, Cell: null));

    /// <summary>Walks the children of <paramref name="container"/>.</summary>
    public void WalkChildren(XElement container, OdfPlace place, List<TextSegment> sink) =>
        VisitNodes(container, new Scope(place, null, sink, HiddenRun: false, Cell: null));

    /// <summary>A spreadsheet cell: all its paragraphs are one text, a line each; comments and shapes in it are segments of their own.</summary>
    public void WalkCell(XElement cell, OdfPlace place, List<TextSegment> sink)
    {
        var text = new OdfParagraphText();
        var nested = new List<TextSegment>();
        VisitNodes(cell, new Scope(place, null, nested, HiddenRun: false, Cell: text));
        text.Flush(place, sink);
        sink.AddRange(nested);
    }

    private void VisitNodes(XElement parent, Scope scope)
    {
        foreach (var node in parent.Nodes())
        {
            switch (node)
            {
                case XElement element:
                    Visit(element, scope);
                    break;
                case XText text when (scope.Paragraph ?? scope.Cell) is { } paragraph:
                    // ODF collapses white space in paragraphs; text:s, text:tab and text:line-break carry the real ones.
                    paragraph.Append(Whitespace().Replace(text.Value, " "), scope.HiddenRun, _openDeletions.Count > 0);
                    break;
                case XText text when !string.IsNullOrWhiteSpace(text.Value):
                    // Valid ODF keeps text in paragraphs; text anywhere else (an element this reader does not
                    // know, a damaged tag) is still read rather than passed over.
                    scope.Sink.Add(_openDeletions.Count > 0
                        ? new TextSegment(text.Value, SegmentSources.TrackedDeletion, scope.Place.Path, scope.Place.Page, Hidden: true)
                        : new TextSegment(text.Value, scope.Place.Source, scope.Place.Path, scope.Place.Page, scope.Place.Hidden || scope.HiddenRun, scope.Place.Cell));
                    break;
            }
        }
    }

    private void Visit(XElement element, Scope scope)
    {
        var name = element.Name;
        if (name.Namespace == Text)
        {
            VisitText(element, scope);
        }
        else if (name == Office + "annotation")
        {
            NoteAuthor(element.Element(Dc + "creator")?.Value);
            VisitNodes(element, Detached(scope, scope.Place.As(SegmentSources.Comment)));
        }
        else if (name == Office + "change-info")
        {
            NoteAuthor(element.Element(Dc + "creator")?.Value);
        }
        else if (name == Office + "forms")
        {
            AddFormValues(element, scope);
        }
        else if (name.Namespace == Dc || name.Namespace == Meta || name == Office + "annotation-end"
                 || name == Office + "event-listeners" || name == Presentation + "notes" && scope.Place.Source != SegmentSources.Notes)
        {
            // Comment dates and authors (noted above) and script bindings hold no text of the page; notes are
            // read by the slide reader, which knows their slide.
        }
        else if (name == Table + "table")
        {
            WalkTable(element, scope);
        }
        else if (name == Svg + "title" || name == Svg + "desc")
        {
            // Alternative text: only screen readers show it.
            scope.Sink.Add(new TextSegment(element.Value, SegmentSources.HiddenText, scope.Place.Path, scope.Place.Page, Hidden: true));
        }
        else if (name.Namespace == Draw && IsShape(name.LocalName))
        {
            VisitNodes(element, Detached(scope, scope.Place.InFrame()));
        }
        else
        {
            VisitNodes(element, scope);
        }
    }

    private void VisitText(XElement element, Scope scope)
    {
        if ((string?)element.Attribute(Text + "display") is "none")
        {
            // Fields and variables set to show nothing still carry their value in the file.
            scope = scope with { HiddenRun = true };
        }

        switch (element.Name.LocalName)
        {
            case "p" or "h":
                WalkParagraph(element, scope);
                break;
            case "span":
                VisitNodes(element, scope with { HiddenRun = scope.HiddenRun || styles.HidesText(StyleName(element), "text") });
                break;
            case "s":
                Append(scope, OdfSpaces.Of(element));
                break;
            case "tab":
                Append(scope, "\t");
                break;
            case "line-break":
                Append(scope, "\n");
                break;
            case "note":
                var noteClass = (string?)element.Attribute(Text + "note-class") == "endnote" ? SegmentSources.Endnote : SegmentSources.Footnote;
                foreach (var body in element.Elements(Text + "note-body"))
                {
                    VisitNodes(body, Detached(scope, scope.Place with { Source = noteClass, Cell = null }) with { HiddenRun = scope.HiddenRun });
                }

                break;
            case "tracked-changes":
                WalkTrackedChanges(element, scope);
                break;
            case "hidden-text":
                var shown = element.Value;
                Append(scope with { HiddenRun = true }, shown.Length > 0 ? shown : (string?)element.Attribute(Text + "string-value"));
                break;
            case "hidden-paragraph":
                if ((string?)element.Attribute(Text + "is-hidden") != "false")
                {
                    (scope.Cell ?? scope.Paragraph)?.HideParagraph();
                }

                break;
            case "section":
                var display = (string?)element.Attribute(Text + "display");
                VisitNodes(element, scope with { HiddenRun = scope.HiddenRun || display is "none" or "condition" });
                break;
            case "conditional-text":
                VisitNodes(element, scope);
                AddHiddenValues(element, scope, Text + "string-value-if-true", Text + "string-value-if-false");
                break;
            case "user-field-decl" or "variable-set" or "user-defined" or "expression":
                VisitNodes(element, scope);
                AddHiddenValues(element, scope, Office + "string-value", Text + "formula");
                break;
            case "change-start" when OdfDeletions.IdOf(element) is { } id && deletions.Contains(id):
                _openDeletions.Add(id);
                break;
            case "change-end" when OdfDeletions.IdOf(element) is { } id:
                _openDeletions.Remove(id);
                break;
            case "note-citation" or "number" or "soft-page-break" or "sequence-decls" or "variable-decls" or "change"
                or "change-start" or "change-end" or "bookmark" or "bookmark-start" or "bookmark-end" or "reference-mark"
                or "reference-mark-start" or "reference-mark-end" or "alphabetical-index-mark" or "toc-mark":
                break;
            default:
                // Index sources are templates, not text; everything else (lists, links, fields' shown values) is read.
                if (!element.Name.LocalName.EndsWith("-source", StringComparison.Ordinal))
                {
                    VisitNodes(element, scope);
                }

                break;
        }
    }

    private void WalkParagraph(XElement paragraph, Scope scope)
    {
        var hidden = scope.HiddenRun || styles.HidesText(StyleName(paragraph), "paragraph");
        if (scope.Cell is { } cell)
        {
            cell.NextParagraph();
            VisitNodes(paragraph, scope with { Paragraph = cell, HiddenRun = hidden });
            return;
        }

        var text = new OdfParagraphText();
        var nested = new List<TextSegment>();
        VisitNodes(paragraph, scope with { Paragraph = text, Sink = nested, HiddenRun = hidden });
        text.Flush(scope.Place, scope.Sink);
        scope.Sink.AddRange(nested);
    }

    /// <summary>
    /// LibreOffice moves deleted text out of the sentence into <c>text:tracked-changes</c>, leaving a
    /// <c>text:change</c> marker (in flat XML it may instead keep it in place between change marks, read
    /// above); inserted text stays in place and reads as the body does in Word.
    /// </summary>
    private void WalkTrackedChanges(XElement changes, Scope scope)
    {
        foreach (var change in changes.Elements(Text + "changed-region").Elements())
        {
            NoteAuthor(change.Element(Office + "change-info")?.Element(Dc + "creator")?.Value);
            if (change.Name == Text + "deletion")
            {
                VisitNodes(change, Detached(scope, scope.Place.As(SegmentSources.TrackedDeletion)));
            }
        }
    }

    // Cells carry their position so detectors can read the column header (姓名, 身分證字號). Repeated rows
    // and cells are read once: the same text, and counting them keeps the positions after them right.
    private void WalkTable(XElement table, Scope scope)
    {
        var id = $"{_tablePrefix}#table{++_tables}";
        var row = 0;
        foreach (var (tableRow, rowRepeat) in OdfTableRows.Of(table))
        {
            var column = 0;
            foreach (var (cell, columnRepeat) in OdfTableRows.Cells(tableRow))
            {
                if (cell.HasElements)
                {
                    var place = scope.Place.InTable(new CellPosition(id, row, column));
                    VisitNodes(cell, Detached(scope, place) with { HiddenRun = scope.HiddenRun });
                }

                column = OdfTableRows.Advance(column, columnRepeat);
            }

            row = OdfTableRows.Advance(row, rowRepeat);
        }
    }

    /// <summary>What form controls hold (typed values, labels, list entries) is kept in attributes, shown only by the control.</summary>
    private static void AddFormValues(XElement forms, Scope scope)
    {
        foreach (var attribute in forms.Descendants().Attributes())
        {
            if (attribute.Name.LocalName is "value" or "current-value" or "label" or "title" or "string-value" && attribute.Value.Length > 0)
            {
                scope.Sink.Add(new TextSegment(attribute.Value, SegmentSources.HiddenText, scope.Place.Path, scope.Place.Page, Hidden: true));
            }
        }
    }

    private void AddHiddenValues(XElement element, Scope scope, params XName[] attributes)
    {
        var shown = element.Value;
        foreach (var attribute in attributes)
        {
            if ((string?)element.Attribute(attribute) is { Length: > 0 } value && value != shown
                && (attribute != Text + "formula" || QuotedLiteral.IsIn(value)))
            {
                scope.Sink.Add(new TextSegment(value, SegmentSources.HiddenText, scope.Place.Path, scope.Place.Page, Hidden: true, scope.Place.Cell));
            }
        }
    }

    private void Append(Scope scope, string? text) => scope.Paragraph?.Append(text, scope.HiddenRun, _openDeletions.Count > 0);

    /// <summary>Text that sits in a paragraph but is not part of its sentence (a note, a comment, a frame).</summary>
    private static Scope Detached(Scope scope, OdfPlace place) => scope with { Place = place, Paragraph = null, Cell = null, HiddenRun = false };

    private static string? StyleName(XElement element) => (string?)element.Attribute(Text + "style-name");

    private static bool IsShape(string localName) => localName is "frame" or "text-box" or "custom-shape" or "rect" or "ellipse"
        or "circle" or "polygon" or "polyline" or "path" or "line" or "connector" or "caption" or "measure" or "regular-polygon" or "g";

    private void NoteAuthor(string? author)
    {
        if (!string.IsNullOrWhiteSpace(author))
        {
            _authors.Add(author.Trim());
        }
    }

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Whitespace();

    private readonly record struct Scope(OdfPlace Place, OdfParagraphText? Paragraph, List<TextSegment> Sink, bool HiddenRun, OdfParagraphText? Cell);
}
