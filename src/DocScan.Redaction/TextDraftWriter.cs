using System.Text;
using DocScan.Core.Formats;

namespace DocScan.Redaction;

/// <summary>
/// Text files (UTF-8, UTF-16, Big5; CSV, HTML, XML as written): masked in place, in the file's own
/// encoding and byte order mark. An electronic 公文 (DI) and its exchange form are XML text too: their
/// values stand as written in text, attribute values and the attachments' declarations, so they are
/// masked in place the same way, and an attachment's name masked in a package's zip is masked alike in
/// the ENTITY that declares it. Element names hold no values. A value the XML escapes (&amp;amp;) is
/// not found as written; the self-check then refuses the draft.
/// </summary>
internal sealed class TextDraftWriter : IDraftWriter
{
    public bool CanWrite(FileFormat format) => format is FileFormat.Text or FileFormat.Di or FileFormat.Sw;

    public Task<byte[]> WriteAsync(DraftInput input, CancellationToken cancellationToken)
    {
        var encoding = input.Sniff.TextEncoding ?? Encoding.UTF8;
        var bytes = input.Content.Span;
        var preamble = encoding.Preamble;
        var hasPreamble = preamble.Length > 0 && bytes.StartsWith(preamble);
        var text = encoding.GetString(hasPreamble ? bytes[preamble.Length..] : bytes);
        var masked = input.Plan.Apply(text);
        if (masked == text)
        {
            return Task.FromResult(input.Content.ToArray());
        }

        // A mask the legacy code page cannot hold becomes '*' rather than '?' or an exception.
        var writer = (Encoding)encoding.Clone();
        writer.EncoderFallback = new EncoderReplacementFallback("*");
        var body = writer.GetBytes(masked);
        return Task.FromResult(hasPreamble ? [.. preamble, .. body] : body);
    }
}
