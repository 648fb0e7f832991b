namespace DocScan.Redaction.Pdf;

/// <summary>The operands of a TJ operator being rebuilt: runs of kept glyph codes and pen movements between them.</summary>
internal sealed class TjArray
{
    private readonly List<object> _items = [];

    /// <summary>Whether any glyph was taken out.</summary>
    public bool Changed { get; private set; }

    public void Show(ReadOnlySpan<byte> code)
    {
        if (_items.Count > 0 && _items[^1] is List<byte> run)
        {
            run.AddRange(code);
        }
        else
        {
            _items.Add(new List<byte>(code.ToArray()));
        }
    }

    /// <summary>A pen movement in thousandths of a text space unit (a TJ number), merged with the one before it.</summary>
    public void Move(double adjustment, bool removed = false)
    {
        Changed |= removed;
        if (_items.Count > 0 && _items[^1] is double previous)
        {
            _items[^1] = previous + adjustment;
        }
        else
        {
            _items.Add(adjustment);
        }
    }

    public string ToOperator()
    {
        var operands = _items.Select(item => item switch
        {
            List<byte> run => $"<{Convert.ToHexString(run.ToArray())}>",
            double number => PdfContentRewriter.Number(number),
            _ => "",
        });
        return $"[{string.Join(" ", operands)}] TJ\n";
    }
}
