namespace DocScan.Core.Ocr;

/// <summary>
/// Where the characters of a segment read by OCR stand on its page image: each word's character
/// range in the segment's text, its box and confidence. A finding's offsets give its boxes, which a
/// draft paints over.
/// </summary>
/// <param name="ImageWidth">Width of the page image the boxes refer to (as decoded, EXIF orientation applied).</param>
public sealed partial record OcrLayout(int ImageWidth, int ImageHeight, IReadOnlyList<OcrSpan> Words)
{
    /// <summary>
    /// The boxes of every word the range touches (a CJK word may hold more than the finding: the box
    /// covers it whole), words side by side on one line merged into one box: engines box a CJK
    /// character by its ink, and a stroke between two boxes would survive a draft.
    /// </summary>
    public IReadOnlyList<OcrBox> BoxesFor(int start, int length)
    {
        var boxes = new List<OcrBox>();
        foreach (var box in Words.Where(w => w.Start < start + length && start < w.Start + w.Length).Select(w => w.Box))
        {
            var line = boxes.FindIndex(b => Math.Min(b.Bottom, box.Bottom) - Math.Max(b.Top, box.Top) > Math.Min(b.Height, box.Height) / 2);
            if (line < 0)
            {
                boxes.Add(box);
            }
            else
            {
                boxes[line] = boxes[line].Union(box);
            }
        }

        return boxes;
    }

    /// <summary>The lowest confidence of the words the range touches (0–100).</summary>
    public double ConfidenceFor(int start, int length) =>
        Words.Where(w => w.Start < start + length && start < w.Start + w.Length).Select(w => w.Confidence).DefaultIfEmpty(0).Min();

    /// <summary>
    /// The text of one or more lines (a paragraph, or a table cell): words joined by a space, except
    /// next to a CJK character (Chinese has no spaces; Tesseract splits it into "words" that are not
    /// words), after a hyphen ending a line, or between digits on either side of a line break (print
    /// wraps numbers anywhere), so 林怡君 reads as one name, and 民國78年5 / 月12日, 0935- / 246-810
    /// or 0 / 934-257-604 wrapped onto the next line read as one date and one phone number. A line that
    /// opens a field or an item (受文者：, 正本：, 二、, （一）) starts a line of the text, as it does on the
    /// page: engines put a letter's header lines in one paragraph, and 承辦人 on the line above would
    /// otherwise make the addressee's name the official's.
    /// </summary>
    public static (string Text, List<OcrSpan> Spans) Join(IEnumerable<IReadOnlyList<OcrWord>> lines, double scale)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<OcrSpan>();
        foreach (var line in lines)
        {
            if (text.Length > 0 && OpensField().IsMatch(string.Concat(line.Select(w => w.Text))))
            {
                text.Append('\n');
            }

            for (var i = 0; i < line.Count; i++)
            {
                var word = line[i];
                var wrappedNumber = i == 0 && text.Length > 0 && char.IsAsciiDigit(text[^1]) && char.IsAsciiDigit(word.Text[0]);
                if (text.Length > 0 && text[^1] != '\n' && !IsCjk(text[^1]) && !IsCjk(word.Text[0]) && text[^1] != '-' && !wrappedNumber)
                {
                    text.Append(' ');
                }

                spans.Add(new OcrSpan(text.Length, word.Text.Length, word.Box.Scale(1 / scale), word.Confidence));
                text.Append(word.Text);
            }
        }

        return (text.ToString(), spans);
    }

    // A label of a few characters and its colon, or an item number: 一、, （一）, (一).
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[\u4E00-\u9FFF]{1,7}[：:]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])")]
    private static partial System.Text.RegularExpressions.Regex OpensField();

    private static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' or >= '\u3000' and <= '\u303F';
}

/// <param name="Start">Offset of the word in the segment's text.</param>
public sealed record OcrSpan(int Start, int Length, OcrBox Box, double Confidence);
