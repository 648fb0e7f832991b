using System.Text;
using DocScan.Core.Formats;

namespace DocScan.Core.Redaction;

/// <summary>Text files (UTF-8, UTF-16, Big5; CSV, HTML, XML as written): masked in place, in the file's own encoding and byte order mark.</summary>
internal sealed class TextDraftWriter : IDraftWriter
{
    public bool CanWrite(FileFormat format) => format is FileFormat.Text;

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
