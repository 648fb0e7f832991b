namespace DocScan.Core.Extraction;

/// <summary>
/// Fonts of pictures, not words: bullets, check boxes, arrows and ornaments (Symbol, Wingdings, Dingbats).
/// Their glyphs often have no Unicode mapping, or one in the private use area, and hide no text.
/// </summary>
internal static class PdfSymbolFonts
{
    private static readonly string[] Names = ["Symbol", "Wingding", "Webding", "Dingbat", "MT Extra", "Marlett"];

    public static bool IsSymbolFont(string? fontName) =>
        fontName is not null && Names.Any(s => fontName.Contains(s, StringComparison.OrdinalIgnoreCase));
}
