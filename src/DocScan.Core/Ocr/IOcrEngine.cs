namespace DocScan.Core.Ocr;

/// <summary>
/// Reads the text of one page image, offline. The engine behind it is replaceable (Tesseract today,
/// see docs/ocr.md for why); callers see words with boxes and confidences, nothing engine-specific.
/// </summary>
public interface IOcrEngine
{
    /// <summary>Short name for reports and logs, e.g. <c>tesseract chi_tra</c>.</summary>
    string Name { get; }

    /// <summary>Recognizes one page image (PNG bytes).</summary>
    /// <exception cref="OcrUnavailableException">The engine is not installed or cannot run here.</exception>
    Task<OcrPage> RecognizeAsync(ReadOnlyMemory<byte> png, CancellationToken cancellationToken);
}

/// <summary>A rectangle in the pixels of the page image, origin top left.</summary>
public readonly record struct OcrBox(int Left, int Top, int Width, int Height)
{
    public int Right => Left + Width;

    public int Bottom => Top + Height;

    public OcrBox Union(OcrBox other)
    {
        var left = Math.Min(Left, other.Left);
        var top = Math.Min(Top, other.Top);
        return new OcrBox(left, top, Math.Max(Right, other.Right) - left, Math.Max(Bottom, other.Bottom) - top);
    }

    public OcrBox Scale(double factor) =>
        new((int)Math.Floor(Left * factor), (int)Math.Floor(Top * factor), (int)Math.Ceiling(Width * factor), (int)Math.Ceiling(Height * factor));
}

/// <param name="Text">The word as read (a CJK "word" is often one or a few characters).</param>
/// <param name="Confidence">0–100, as engines report it.</param>
public sealed record OcrWord(string Text, OcrBox Box, double Confidence);

/// <summary>A line of words in reading order.</summary>
/// <param name="Paragraph">Identifies the paragraph the engine put the line in: a value wrapped onto the next line is joined back within it.</param>
public sealed record OcrLine(IReadOnlyList<OcrWord> Words, string Paragraph = "")
{
    public OcrBox Box => Words.Select(w => w.Box).Aggregate((a, b) => a.Union(b));
}

/// <param name="Width">Width of the image the boxes refer to.</param>
/// <param name="Rotation">Degrees the engine turned the page to read it (0, 90, 180, 270), when it says.</param>
public sealed record OcrPage(int Width, int Height, IReadOnlyList<OcrLine> Lines, int Rotation = 0)
{
    public IEnumerable<OcrWord> Words => Lines.SelectMany(l => l.Words);
}

/// <summary>The OCR engine is missing or broken on this machine: the page stays unread (needs-ocr).</summary>
public sealed class OcrUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
