using System.Text;
using DocScan.Core.Formats;

namespace DocScan.Core.Extraction;

/// <summary>
/// Reads a text file line by line in the encoding the sniffer found. Every line is a body segment
/// with path <c>L{n}</c> (1-based line number); the pieces of a line longer than
/// <see cref="MaxPieceChars"/> after the first have path <c>L{n}+{offset}</c>, the 0-based character
/// offset of the piece in its line. HTML and XML are scanned as written, markup included, so values
/// in attributes and comments are not lost.
/// </summary>
public sealed class PlainTextExtractor : IDocumentExtractor
{
    /// <summary>1 MB of characters: keeps one giant line from becoming one giant string.</summary>
    internal const int MaxPieceChars = 1024 * 1024;

    /// <summary>How many lines pass between checks for cancellation.</summary>
    private const int CancellationCheckLines = 1024;

    public bool CanExtract(FileFormat format) => format is FileFormat.Text;

    public Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        // StreamReader skips the encoding's byte order mark when the file has one.
        using var reader = new StreamReader(ContentStream.Open(input.Content),
            input.Sniff.TextEncoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        TextLineSplitter.Split(reader, MaxPieceChars, (text, lineNumber, offset) =>
        {
            if (lineNumber % CancellationCheckLines == 0 || offset > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            context.Add(text, SegmentSources.Body, offset == 0 ? $"L{lineNumber}" : $"L{lineNumber}+{offset}");
        });
        return Task.CompletedTask;
    }
}
