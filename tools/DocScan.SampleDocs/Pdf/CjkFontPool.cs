using UglyToad.PdfPig.Writer;

namespace DocScan.SampleDocs.Pdf;

/// <summary>
/// Hands out instances of one TrueType font so that no instance needs more than
/// <see cref="GlyphsPerInstance"/> glyphs: PdfPig's writer encodes each instance with single bytes, so
/// one instance holds at most 255 distinct characters and CJK text needs several.
/// </summary>
public sealed class CjkFontPool(PdfDocumentBuilder builder, byte[] fontFile)
{
    private const int GlyphsPerInstance = 250;
    private readonly Dictionary<char, PdfDocumentBuilder.AddedFont> _assigned = [];
    private PdfDocumentBuilder.AddedFont? _current;
    private int _currentCount;

    /// <summary>Splits <paramref name="text"/> into runs that each use one font instance.</summary>
    public IEnumerable<(string Text, PdfDocumentBuilder.AddedFont Font)> Runs(string text)
    {
        var start = 0;
        PdfDocumentBuilder.AddedFont? runFont = null;
        for (var i = 0; i < text.Length; i++)
        {
            var font = FontFor(text[i]);
            if (runFont is not null && font != runFont)
            {
                yield return (text[start..i], runFont);
                start = i;
            }

            runFont = font;
        }

        if (runFont is not null)
        {
            yield return (text[start..], runFont);
        }
    }

    private PdfDocumentBuilder.AddedFont FontFor(char c)
    {
        if (_assigned.TryGetValue(c, out var font))
        {
            return font;
        }

        if (_current is null || _currentCount == GlyphsPerInstance)
        {
            _current = builder.AddTrueTypeFont(fontFile);
            _currentCount = 0;
        }

        _currentCount++;
        _assigned[c] = _current;
        return _current;
    }
}
