using System.Text;

namespace DocScan.Core.Extraction.OpenXml;

/// <summary>
/// The cells of a worksheet the workbook no longer leads to, or whose XML is damaged, read with
/// <see cref="LooseXml"/>: one segment per cell with its position, as <see cref="WorksheetReader"/>
/// gives them, named after the part since the sheet's name was in the workbook. Without the workbook
/// there are no number formats either: numbers are shown as stored.
/// </summary>
internal sealed class LooseWorksheetReader(string partPath, SharedStringList sharedStrings, ExtractionContext context)
{
    private readonly Stack<string> _open = new();
    private readonly StringBuilder _value = new();
    private readonly StringBuilder _inline = new();
    private readonly StringBuilder _formula = new();
    private uint _row;
    private uint _column;
    private string? _reference;
    private string? _type;

    public void Read(IEnumerable<LooseXmlToken> tokens)
    {
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case LooseXmlTokenKind.Start:
                    Begin(token);
                    _open.Push(token.LocalName);
                    break;
                case LooseXmlTokenKind.Empty:
                    Begin(token);
                    End(token.LocalName);
                    break;
                case LooseXmlTokenKind.End:
                    _open.TryPop(out _);
                    End(token.LocalName);
                    break;
                case LooseXmlTokenKind.Text:
                    Collect(token.Value);
                    break;
            }
        }

        if (_reference is not null)
        {
            // Cut off inside its last cell.
            EmitCell();
        }
    }

    private void Begin(LooseXmlToken token)
    {
        switch (token.LocalName)
        {
            case "row":
                _row = uint.TryParse(token.Attribute("r"), out var row) ? row : _row + 1;
                _column = 0;
                break;
            case "c":
                var reference = token.Attribute("r");
                var column = reference is null ? 0 : SpreadsheetText.ColumnIndex(reference);
                _column = column > 0 ? column : _column + 1;
                _reference = column > 0 ? reference! : SpreadsheetText.ColumnName(_column) + _row;
                _type = token.Attribute("t");
                break;
        }
    }

    private void End(string name)
    {
        if (name == "c" && _reference is not null)
        {
            EmitCell();
        }
    }

    private void Collect(string text)
    {
        if (!_open.TryPeek(out var holder))
        {
            return;
        }

        if (holder == "v")
        {
            _value.Append(text);
        }
        else if (holder == "t" && _open.Contains("is") && !_open.Contains("rPh"))
        {
            _inline.Append(text);
        }
        else if (holder == "f")
        {
            _formula.Append(text);
        }
        else if (holder.EndsWith("Header", StringComparison.Ordinal) || holder.EndsWith("Footer", StringComparison.Ordinal))
        {
            var source = holder.EndsWith("Header", StringComparison.Ordinal) ? SegmentSources.Header : SegmentSources.Footer;
            context.Add(WorksheetReader.HeaderFooterText(text), source, $"{partPath}#{holder}");
        }
    }

    private void EmitCell()
    {
        var path = $"{partPath}!{_reference}";
        if (CellText() is { } text)
        {
            context.Add(new TextSegment(text, SegmentSources.Sheet, path,
                Cell: new CellPosition(partPath, (int)Math.Max(_row, 1) - 1, (int)_column - 1)));
        }

        if (_formula.Length > 0 && QuotedLiteral.IsIn(_formula.ToString()))
        {
            context.Add(_formula.ToString(), SegmentSources.HiddenText, path, hidden: true);
        }

        _reference = null;
        _type = null;
        _value.Clear();
        _inline.Clear();
        _formula.Clear();
    }

    private string? CellText() => _type switch
    {
        "inlineStr" => _inline.ToString(),
        "s" when _value.Length > 0 => sharedStrings.TryGet(_value.ToString(), out var text) ? text : null,
        "b" => _value.ToString() == "1" ? "TRUE" : "FALSE",
        _ => _value.Length > 0 ? _value.ToString() : null,
    };
}
