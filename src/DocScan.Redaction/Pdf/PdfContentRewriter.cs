using System.Globalization;
using System.Text;
using DocScan.Core.Extraction;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokens;

namespace DocScan.Redaction.Pdf;

/// <summary>
/// Rewrites a page's content stream without the letters to redact, then draws black boxes over where
/// they were. Every text-showing operator is walked in step with PdfPig's letters (one letter per
/// character code); an operator that draws a removed letter becomes a TJ array in which each removed
/// glyph is replaced by the exact pen movement it made, so every other letter stays where it was.
/// Anything that cannot be followed exactly makes the page unsafe: it is refused, never half-redacted.
/// </summary>
internal sealed class PdfContentRewriter
{
    private readonly PdfDocument _document;
    private readonly Page _page;
    private readonly IReadOnlyList<Letter> _letters;
    private readonly PageRedaction _redaction;
    private readonly PdfObjectReader _objects;
    private readonly Stack<TextSpacingState> _saved = new();
    private readonly MemoryStream _output = new();
    private TextSpacingState _state = TextSpacingState.Initial;
    private int _cursor;
    private int _depth;

    private PdfContentRewriter(PdfDocument document, Page page, PageRedaction redaction)
    {
        _document = document;
        _page = page;
        _letters = page.Letters;
        _redaction = redaction;
        _objects = new PdfObjectReader(document);
    }

    /// <summary>The new content stream, or why the page cannot be redacted safely.</summary>
    public static (byte[]? Content, string? Refusal) Rewrite(PdfDocument document, Page page, PageRedaction redaction)
    {
        var rewriter = new PdfContentRewriter(document, page, redaction);
        try
        {
            return (rewriter.Run(), null);
        }
        catch (UnsafePageException ex)
        {
            return (null, ex.Message);
        }
    }

    private byte[] Run()
    {
        Write("q\n");
        foreach (var operation in _page.Operations)
        {
            Rewrite(operation);
        }

        if (_cursor != _letters.Count)
        {
            throw new UnsafePageException("頁面上有無法對應到內容串流的文字（例如來自表單物件或註解外觀）");
        }

        // Restore whatever the page left open, so the boxes are drawn in the page's own coordinates.
        for (; _depth > 0; _depth--)
        {
            Write("Q\n");
        }

        Write("Q\nq\n0 0 0 rg\n");
        foreach (var box in _redaction.Boxes.Select(b => PageSpace.ToUserSpace(b, _document, _page)))
        {
            Write($"{Number(box.Left)} {Number(box.Bottom)} {Number(box.Width)} {Number(box.Height)} re f\n");
        }

        Write("Q\n");
        return _output.ToArray();
    }

    private void Rewrite(IGraphicsStateOperation operation)
    {
        switch (operation)
        {
            case Push:
                _saved.Push(_state);
                _depth++;
                break;
            case Pop when _depth == 0:
                return; // an unmatched Q does nothing in the original; here it would end the wrapping q
            case Pop:
                _state = _saved.TryPop(out var saved) ? saved : _state;
                _depth--;
                break;
            case SetFontAndSize font:
                _state = _state with { FontSize = font.Size };
                break;
            case SetCharacterSpacing spacing:
                _state = _state with { CharacterSpacing = spacing.Spacing };
                break;
            case SetWordSpacing spacing:
                _state = _state with { WordSpacing = spacing.Spacing };
                break;
            case ShowText show:
                ShowStrings([Operand(show.Bytes, show.Text)], null, operation);
                return;
            case MoveToNextLineShowText show:
                ShowStrings([Operand(show.Bytes, show.Text)], "T*\n", operation);
                return;
            case MoveToNextLineShowTextWithSpacing show:
                _state = _state with { WordSpacing = show.WordSpacing, CharacterSpacing = show.CharacterSpacing };
                ShowStrings([Operand(show.Bytes, show.Text)],
                    $"{Number(show.WordSpacing)} Tw\n{Number(show.CharacterSpacing)} Tc\nT*\n", operation);
                return;
            case ShowTextsWithPositioning show:
                ShowStrings(show.Array.Select(Element).ToList(), null, operation);
                return;
            case InvokeNamedXObject xobject:
                RefuseFormWithText(xobject.Name);
                break;
            case BeginMarkedContentWithProperties { Properties: { } properties } marked when HoldsText(properties):
                // /ActualText, /Alt and /E repeat the text for screen readers and copying: they would keep the value.
                Write($"/{marked.Name.Data} BMC\n");
                return;
        }

        operation.Write(_output);
    }

    /// <summary>Walks the codes of a text-showing operator; writes it unchanged, or as a TJ array without the removed glyphs.</summary>
    private void ShowStrings(List<object> elements, string? prefix, IGraphicsStateOperation original)
    {
        var array = new TjArray();
        foreach (var element in elements)
        {
            if (element is double number)
            {
                array.Move(number);
                continue;
            }

            var bytes = ((HexBytes)element).Bytes;
            foreach (var (code, start, length) in Codes(bytes))
            {
                var index = _cursor++;
                if (_redaction.Letters.Contains(index))
                {
                    array.Move(Advance(index, code, length), removed: true);
                }
                else
                {
                    array.Show(bytes.Span.Slice(start, length));
                }
            }
        }

        if (!array.Changed)
        {
            original.Write(_output);
            return;
        }

        Write(prefix ?? "");
        Write(array.ToOperator());
    }

    /// <summary>The codes of a string, each checked against the letter PdfPig made of it.</summary>
    private IEnumerable<(int Code, int Start, int Length)> Codes(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            yield break;
        }

        var font = LetterAt(_cursor).GetFont()
            ?? throw new UnsafePageException("無法取得文字使用的字型");
        if (font.IsVertical)
        {
            throw new UnsafePageException("頁面使用直書字型，目前無法安全地移除其中的文字");
        }

        var input = new MemoryInputBytes(bytes);
        var position = 0;
        var index = _cursor;
        var sequence = LetterAt(index).TextSequence;
        while (input.MoveNext())
        {
            var code = font.ReadCharacterCode(input, out var length);
            var letter = LetterAt(index);
            if (!ReferenceEquals(letter.GetFont(), font) || letter.TextSequence != sequence
                || font.TryGetUnicode(code, out var unicode) && unicode != letter.Value)
            {
                throw new UnsafePageException("頁面文字的字碼無法逐字對應（字型編碼不支援）");
            }

            yield return (code, position, length);
            position += length;
            index++;
        }

        if (position != bytes.Length)
        {
            throw new UnsafePageException("頁面文字的字碼長度無法判讀");
        }
    }

    private double Advance(int index, int code, int length)
    {
        if (_state.FontSize == 0)
        {
            throw new UnsafePageException("文字的字級為 0，無法計算字距");
        }

        // PdfPig gives the advance already in text space units per unit of font size (the font matrix applied).
        var width = _letters[index].GetFont()!.GetBoundingBox(code).Width;
        return _state.Adjustment(width, isSingleByteSpace: code == ' ' && length == 1);
    }

    private Letter LetterAt(int index) =>
        index < _letters.Count ? _letters[index] : throw new UnsafePageException("頁面文字多於可辨識的字元");

    private static bool HoldsText(DictionaryToken properties) =>
        properties.ContainsKey(NameToken.Create("ActualText")) || properties.ContainsKey(NameToken.Create("Alt"))
        || properties.ContainsKey(NameToken.Create("E"));

    /// <summary>Text inside a form XObject cannot be rewritten here; images and forms without text are fine.</summary>
    private void RefuseFormWithText(NameToken name)
    {
        if (XObject(name) is not { } stream
            || !stream.StreamDictionary.TryGet(NameToken.Subtype, out var subtype) || !NameToken.Form.Equals(subtype))
        {
            return;
        }

        var content = _objects.Decode(stream).Span;
        if (content.IndexOf("Tj"u8) >= 0 || content.IndexOf("TJ"u8) >= 0 || content.IndexOf("'"u8) >= 0 || content.IndexOf("\""u8) >= 0)
        {
            throw new UnsafePageException($"頁面的文字位於表單物件（/{name.Data}）內，目前無法安全地移除");
        }
    }

    private StreamToken? XObject(NameToken name)
    {
        for (var node = _page.Dictionary; node is not null; node = _objects.Get<DictionaryToken>(node, "Parent"))
        {
            if (_objects.Get<DictionaryToken>(node, "Resources") is { } resources)
            {
                return _objects.Get<DictionaryToken>(resources, "XObject") is { } xobjects ? _objects.Get<StreamToken>(xobjects, name.Data) : null;
            }
        }

        return null;
    }

    /// <summary>A literal string operand comes as text, one character per byte (as PdfPig reads it); a hex one as bytes.</summary>
    private static HexBytes Operand(ReadOnlyMemory<byte> bytes, string? text) =>
        new(bytes.IsEmpty && !string.IsNullOrEmpty(text) ? Encoding.Latin1.GetBytes(text) : bytes);

    private static object Element(IToken token) => token switch
    {
        NumericToken number => number.Double,
        HexToken hex => new HexBytes(hex.Memory),
        StringToken text => new HexBytes(text.GetBytes()),
        _ => throw new UnsafePageException("TJ 陣列含有無法判讀的元素"),
    };

    internal static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private void Write(string text) => _output.Write(Encoding.ASCII.GetBytes(text));

    private sealed record HexBytes(ReadOnlyMemory<byte> Bytes);

    private sealed class UnsafePageException(string message) : Exception(message);
}
