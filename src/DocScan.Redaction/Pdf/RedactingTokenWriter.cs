using System.IO.Compression;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace DocScan.Redaction.Pdf;

/// <summary>
/// PdfPig's token writer, except that while it copies the content streams of a page being redacted it
/// writes the rewritten content instead (the first stream gets all of it, any further ones are emptied).
/// The original content never reaches the new file.
/// </summary>
internal sealed class RedactingTokenWriter : TokenWriter
{
    private byte[]? _replacement;
    private bool _replacementWritten;

    /// <summary>Set before a page is copied; null copies the page's content as it is.</summary>
    public byte[]? Replacement
    {
        get => _replacement;
        set
        {
            _replacement = value;
            _replacementWritten = false;
        }
    }

    protected override void WriteStream(StreamToken streamToken, Stream outputStream)
    {
        if (!WritingPageContents || _replacement is null)
        {
            base.WriteStream(streamToken, outputStream);
            return;
        }

        var content = _replacementWritten ? [] : _replacement;
        _replacementWritten = true;
        var compressed = Compress(content);
        var dictionary = new DictionaryToken(new Dictionary<NameToken, IToken>
        {
            [NameToken.Length] = new NumericToken(compressed.Length),
            [NameToken.Filter] = NameToken.FlateDecode,
        });
        base.WriteStream(new StreamToken(dictionary, compressed), outputStream);
    }

    private static byte[] Compress(byte[] content)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(content);
        }

        return output.ToArray();
    }
}
