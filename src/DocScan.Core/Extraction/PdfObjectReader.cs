using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace DocScan.Core.Extraction;

/// <summary>Reads the loosely typed objects PdfPig has no model for: follows references, decodes strings and streams.</summary>
internal sealed class PdfObjectReader(PdfDocument document)
{
    public T? Resolve<T>(IToken? token) where T : class, IToken =>
        token is not null && DirectObjectFinder.TryGet(token, document.Structure.TokenScanner, out T? value) ? value : null;

    public T? Get<T>(DictionaryToken dictionary, string key) where T : class, IToken =>
        dictionary.TryGet(NameToken.Create(key), out var token) ? Resolve<T>(token) : null;

    /// <summary>A PDF text string (literal or hex, PDFDocEncoding or UTF-16), or null when the token is something else.</summary>
    public string? Text(IToken? token) => Resolve<StringToken>(token)?.Data ?? Resolve<HexToken>(token)?.Data;

    public string? Text(DictionaryToken dictionary, string key) =>
        dictionary.TryGet(NameToken.Create(key), out var token) ? Text(token) : null;

    public ReadOnlyMemory<byte> Decode(StreamToken stream) =>
        stream.Decode(document.Structure.FilterProvider, document.Structure.TokenScanner);
}
