using System.Text;

namespace DocScan.Core.Extraction;

/// <summary>
/// Splits text into lines (LF, CRLF or CR) without ever holding more than one piece of a line:
/// a line longer than the limit is cut into pieces, at white space where possible so a number is
/// rarely cut in two.
/// </summary>
internal static class TextLineSplitter
{
    /// <summary>How far back from the limit to look for white space to cut at.</summary>
    private const int CutSearchChars = 1024;

    /// <param name="emit">Gets each piece with its 1-based line number and the 0-based offset of the piece in its line.</param>
    public static void Split(TextReader reader, int maxPieceChars, Action<string, int, int> emit)
    {
        var line = new StringBuilder();
        var buffer = new char[16 * 1024];
        int lineNumber = 1, offsetInLine = 0;
        var afterCarriageReturn = false;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var rest = buffer.AsSpan(0, read);
            if (afterCarriageReturn && rest[0] == '\n')
            {
                rest = rest[1..];
            }

            afterCarriageReturn = false;
            while (!rest.IsEmpty)
            {
                var end = rest.IndexOfAny('\r', '\n');
                line.Append(end < 0 ? rest : rest[..end]);
                while (line.Length > maxPieceChars)
                {
                    var cut = CutPoint(line, maxPieceChars);
                    emit(line.ToString(0, cut), lineNumber, offsetInLine);
                    line.Remove(0, cut);
                    offsetInLine += cut;
                }

                if (end < 0)
                {
                    break;
                }

                emit(line.ToString(), lineNumber, offsetInLine);
                line.Clear();
                lineNumber++;
                offsetInLine = 0;
                var crlf = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n';
                afterCarriageReturn = rest[end] == '\r' && end + 1 == rest.Length;
                rest = rest[(end + (crlf ? 2 : 1))..];
            }
        }

        if (line.Length > 0)
        {
            emit(line.ToString(), lineNumber, offsetInLine);
        }
    }

    private static int CutPoint(StringBuilder line, int maxPieceChars)
    {
        for (var i = maxPieceChars; i > maxPieceChars - CutSearchChars && i > 0; i--)
        {
            if (char.IsWhiteSpace(line[i - 1]))
            {
                return i;
            }
        }

        // No white space nearby: cut at the limit, but never between the halves of a surrogate pair.
        return char.IsHighSurrogate(line[maxPieceChars - 1]) ? maxPieceChars - 1 : maxPieceChars;
    }
}
