using UglyToad.PdfPig.Logging;

namespace DocScan.Core.Extraction;

/// <summary>
/// Receives PdfPig's log and records the messages that mean text was lost. PdfPig reports these only
/// through its log; the texts matched here are those of PdfPig 0.1.16 (PdfCompletenessTests and
/// DamagedPdfTests fail when an upgrade changes them). Everything else PdfPig logs (bookmarks, clipping)
/// does not touch the text.
/// </summary>
internal sealed class PdfParseLog(PdfReadFaults faults) : ILog
{
    private const string UnmappedGlyph = "We could not find the corresponding character with code";
    private const string InFont = " in font ";

    // A font that is not embedded and not installed ("Failed finding system font") is not among these:
    // its text still comes from the PDF's own maps, and such files are common.
    private static readonly string[] UnreadableFont =
    [
        "Could not parse the TrueType font",
        "Tried to parse font as fallback type",
        "Invalid descriptor in CID font",
        "The font dictionary did not have type",
    ];

    public void Debug(string message)
    {
    }

    public void Debug(string message, Exception ex)
    {
    }

    public void Warn(string message)
    {
        if (message.StartsWith(UnmappedGlyph, StringComparison.Ordinal))
        {
            var font = FontName(message);
            if (!PdfSymbolFonts.IsSymbolFont(font))
            {
                faults.GlyphUnmapped(font);
            }
        }
        else if (message.StartsWith("Skipping a missing font", StringComparison.Ordinal))
        {
            faults.FontMissing();
        }
        else if (message.StartsWith("Operator which was not understood", StringComparison.Ordinal))
        {
            faults.ContentUnreadable();
        }
    }

    public void Error(string message) => RecordError(message);

    public void Error(string message, Exception ex) => RecordError(message);

    private void RecordError(string message)
    {
        if (message.Contains("ToUnicode", StringComparison.OrdinalIgnoreCase))
        {
            faults.ToUnicodeUnreadable();
        }
        else if (message.StartsWith("Failed reading operation", StringComparison.Ordinal))
        {
            faults.ContentUnreadable();
        }
        else if (UnreadableFont.Any(m => message.StartsWith(m, StringComparison.Ordinal)))
        {
            faults.FontUnreadable();
        }
    }

    private static string FontName(string message)
    {
        var at = message.LastIndexOf(InFont, StringComparison.Ordinal);
        return at < 0 ? "" : message[(at + InFont.Length)..].TrimEnd('.').TrimStart('/');
    }
}
