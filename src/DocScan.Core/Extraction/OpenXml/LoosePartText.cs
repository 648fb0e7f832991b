using System.Text;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// The text of a part read with <see cref="LooseXml"/>: one segment per paragraph (runs of one
/// paragraph joined, as a reader sees them) or per element that holds text directly (a value in
/// custom XML, a label in a chart), and table cells with their position so that detectors still find
/// the column header (姓名, 身分證字號). Text boxes are text boxes, and the copies alternate content
/// keeps of one are reported once, as <see cref="AlternateContentBranches"/> does.
/// </summary>
internal sealed class LoosePartText(string path, PartPlace place, ExtractionContext context)
{
    // Elements whose text belongs to the paragraph around them.
    private static readonly HashSet<string> RunText = ["t", "delText", "instrText"];

    // Elements that end a piece of text wherever they are.
    private static readonly HashSet<string> Blocks = ["p", "tc", "tr", "tbl", "si", "txBody", "comment", "footnote", "endnote"];

    private readonly StringBuilder _text = new();
    private readonly Stack<bool> _holdsText = new();
    private readonly Stack<(int Table, int Row, int Column)> _tables = new();
    private readonly Stack<AlternateContent> _alternates = new();
    private int _tableCount;
    private int _textBoxes;
    private CellPosition? _cell;

    public void Read(IEnumerable<LooseXmlToken> tokens)
    {
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case LooseXmlTokenKind.Text:
                    _text.Append(token.Value);
                    if (_holdsText.Count > 0 && !string.IsNullOrWhiteSpace(token.Value))
                    {
                        _holdsText.Pop();
                        _holdsText.Push(true);
                    }

                    break;
                case LooseXmlTokenKind.Start:
                    Begin(token.LocalName);
                    _holdsText.Push(false);
                    break;
                case LooseXmlTokenKind.Empty:
                    Begin(token.LocalName);
                    if (token.LocalName is "tab" or "br" or "cr")
                    {
                        _text.Append(' ');
                    }

                    break;
                case LooseXmlTokenKind.End:
                    var heldText = _holdsText.Count > 0 && _holdsText.Pop();
                    if (Blocks.Contains(token.LocalName) || (heldText && !RunText.Contains(token.LocalName)))
                    {
                        Flush();
                    }

                    End(token.LocalName);
                    break;
            }
        }

        Flush();
    }

    private void Begin(string name)
    {
        if (Blocks.Contains(name))
        {
            Flush();
        }

        switch (name)
        {
            case "txbxContent":
                _textBoxes++;
                break;
            case "AlternateContent":
                _alternates.Push(new AlternateContent());
                break;
            case "Choice" or "Fallback" when _alternates.TryPeek(out var alternate):
                alternate.Branch++;
                break;
            case "tbl":
                _tables.Push((++_tableCount, -1, -1));
                break;
            case "tr" when _tables.TryPop(out var table):
                _tables.Push((table.Table, table.Row + 1, -1));
                break;
            case "tc" when _tables.TryPop(out var table):
                _tables.Push((table.Table, table.Row, table.Column + 1));
                _cell = Position(_tables.Peek());
                break;
        }
    }

    private void End(string name)
    {
        switch (name)
        {
            case "txbxContent":
                _textBoxes = Math.Max(0, _textBoxes - 1);
                break;
            case "AlternateContent":
                _alternates.TryPop(out _);
                break;
            case "tc":
                _cell = null;
                break;
            case "tbl":
                // Back in the cell of the table around it, if any.
                _tables.TryPop(out _);
                _cell = _tables.TryPeek(out var outer) && outer.Column >= 0 ? Position(outer) : null;
                break;
        }
    }

    private CellPosition Position((int Table, int Row, int Column) at) =>
        new($"{path}#table{at.Table}", Math.Max(0, at.Row), at.Column);

    private void Flush()
    {
        var text = _text.ToString().Trim();
        _text.Clear();
        if (text.Length == 0)
        {
            return;
        }

        var hidden = place.Hidden;
        if (_alternates.TryPeek(out var alternate))
        {
            // The first branch is the one Office shows; another's text is new only if the first lacks it.
            if (alternate.Branch > 0 && alternate.Shown.Contains(text))
            {
                return;
            }

            if (alternate.Branch == 0)
            {
                alternate.Shown.Add(text);
            }

            hidden |= alternate.Branch > 0;
        }

        var source = _textBoxes > 0 ? SegmentSources.TextBox
            : _cell is not null && place.Source == SegmentSources.Body ? SegmentSources.Table
            : place.Source;
        context.Add(new TextSegment(text, source, path, Hidden: hidden, Cell: _cell));
    }

    private sealed class AlternateContent
    {
        /// <summary>0 for the first branch (mc:Choice), then one more per branch.</summary>
        public int Branch { get; set; } = -1;

        public HashSet<string> Shown { get; } = [];
    }
}

/// <summary>Where the text of a part read without its structure belongs, told by its root element.</summary>
internal readonly record struct PartPlace(string Source, bool Hidden)
{
    public static PartPlace Of(string rootLocalName) => rootLocalName switch
    {
        "document" => new(SegmentSources.Body, false),
        "hdr" => new(SegmentSources.Header, false),
        "ftr" => new(SegmentSources.Footer, false),
        "footnotes" => new(SegmentSources.Footnote, false),
        "endnotes" => new(SegmentSources.Endnote, false),
        "comments" or "cmLst" or "commentList" => new(SegmentSources.Comment, true),
        "sld" or "sldLayout" or "sldMaster" => new(SegmentSources.Slide, false),
        "notes" => new(SegmentSources.Notes, true),
        "coreProperties" or "Properties" => new(SegmentSources.Metadata, true),
        // Anything else (a glossary, custom XML, a chart) is text nobody sees in the document.
        _ => new(SegmentSources.HiddenText, true),
    };
}
