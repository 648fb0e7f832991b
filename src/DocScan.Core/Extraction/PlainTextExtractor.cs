using System.Text;
using System.Text.Unicode;
using DocScan.Core.Formats;

namespace DocScan.Core.Extraction;

/// <summary>
/// Reads a text file line by line in the encoding the sniffer found. Every line is a body segment
/// with path <c>L{n}</c> (1-based line number); the pieces of a line longer than
/// <see cref="MaxPieceChars"/> after the first have path <c>L{n}+{offset}</c>, the 0-based character
/// offset of the piece in its line. HTML and XML are scanned as written, markup included, so values
/// in attributes and comments are not lost. UTF-16 text that loses step (a byte lost or added) is
/// corrupt, and is read a second time one byte on, so the part after the damage is read too; so is
/// UTF-8 with damaged bytes. A CSV or TSV line of two cells or more is read cell by cell, each a table
/// cell with path <c>L{n}:C{m}</c> (1-based column), so a column's header (出生日期, 地號) says what
/// its values are, as in a worksheet.
/// </summary>
internal sealed class PlainTextExtractor : IDocumentExtractor
{
    /// <summary>1 MB of characters: keeps one giant line from becoming one giant string.</summary>
    internal const int MaxPieceChars = 1024 * 1024;

    /// <summary>How many lines pass between checks for cancellation.</summary>
    private const int CancellationCheckLines = 1024;

    public bool CanExtract(FileFormat format) => format is FileFormat.Text;

    public Task ExtractAsync(ExtractionInput input, ExtractionContext context, CancellationToken cancellationToken)
    {
        var encoding = input.Sniff.TextEncoding ?? Encoding.UTF8;
        var table = CsvCells.Separator(input.Name) is { } separator ? new CsvCells(input.Name, separator) : null;
        ReadLines(input.Content, encoding, context, table, cancellationToken);

        if (encoding is UTF8Encoding && !Utf8.IsValid(input.Content.Span))
        {
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{context.DocumentWords(input.Name)}」有無法解讀的 UTF-8 位元組（傳送或儲存時損毀），該處文字可能無法檢查；請取得完整檔案後重新送掃。");
        }

        if (encoding is UnicodeEncoding && Utf16Alignment.FirstShift(input.Content.Span, littleEndian: encoding.CodePage == Encoding.Unicode.CodePage) is { } shift)
        {
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{context.DocumentWords(input.Name)}」的 UTF-16 文字約在第 {shift:N0} 個位元組處錯位（傳送或儲存時少了或多了位元組），之後的內容無法正常顯示；已另行錯位重讀檢查，請取得完整檔案後重新送掃。");
            ReadLines(input.Content[1..], encoding, context, table, cancellationToken);
        }

        return Task.CompletedTask;
    }

    private static void ReadLines(ReadOnlyMemory<byte> content, Encoding encoding, ExtractionContext context, CsvCells? table, CancellationToken cancellationToken)
    {
        // StreamReader skips the encoding's byte order mark when the file has one.
        using var reader = new StreamReader(ContentStream.Open(content), encoding, detectEncodingFromByteOrderMarks: false);
        TextLineSplitter.Split(reader, MaxPieceChars, (text, lineNumber, offset) =>
        {
            if (lineNumber % CancellationCheckLines == 0 || offset > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var path = offset == 0 ? $"L{lineNumber}" : $"L{lineNumber}+{offset}";
            if (table is null || offset > 0 || !table.AddRow(text, lineNumber, path, context))
            {
                context.Add(text, SegmentSources.Body, path);
            }
        });
    }
}
