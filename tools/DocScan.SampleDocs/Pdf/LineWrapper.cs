namespace DocScan.SampleDocs.Pdf;

/// <summary>
/// Breaks text into lines for a monospaced-by-class font (CJK one em, ASCII half an em). Never breaks
/// inside a run of ASCII characters, so an ID or a number is never split over two lines.
/// </summary>
public static class LineWrapper
{
    public static double WidthEm(string text) => text.Sum(c => c < 0x80 ? 0.5 : 1.0);

    public static IEnumerable<string> Wrap(string text, double maxEm)
    {
        var line = "";
        foreach (var token in Tokens(text))
        {
            if (line.Length > 0 && WidthEm(line + token) > maxEm)
            {
                yield return line.TrimEnd();
                line = token.TrimStart();
                continue;
            }

            line += token;
        }

        if (line.Length > 0)
        {
            yield return line.TrimEnd();
        }
    }

    // A token is one CJK character, or a run of non-space ASCII with the spaces before it.
    private static IEnumerable<string> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i < text.Length && text[i] >= 0x80)
            {
                i++;
            }
            else
            {
                while (i < text.Length && text[i] < 0x80 && text[i] != ' ')
                {
                    i++;
                }
            }

            yield return text[start..i];
        }
    }
}
