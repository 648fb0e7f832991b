namespace DocScan.Core.Extraction;

/// <summary>
/// What PdfPig could not read while one document was open, by the page being read at the time. PdfPig
/// recovers from damage quietly (a stream that does not inflate is used raw, a font whose ToUnicode map
/// does not parse falls back to its encoding), so the text it returns can be garbage or empty without an
/// exception; these records are how the extractor knows. One instance per document, filled from one thread.
/// </summary>
internal sealed class PdfReadFaults
{
    private readonly Dictionary<int, PdfPageFaults> _pages = [];

    /// <summary>The page being read, or 0 while the file's structure (cross-references, object streams) is read.</summary>
    public int CurrentPage { get; set; }

    public void StreamDamaged() => Current().DamagedStreams++;

    public void ContentUnreadable() => Current().UnreadableOperations++;

    public void FontUnreadable() => Current().UnreadableFonts++;

    public void ToUnicodeUnreadable() => Current().UnreadableToUnicodeMaps++;

    public void FontMissing() => Current().MissingFonts++;

    public void GlyphUnmapped(string fontName)
    {
        var page = Current();
        page.UnmappedGlyphs++;
        page.UnmappedFontName ??= fontName;
    }

    /// <summary>The faults recorded for <paramref name="page"/>, removed from the record; null when there were none.</summary>
    public PdfPageFaults? Take(int page) => _pages.Remove(page, out var faults) ? faults : null;

    /// <summary>Everything still recorded, removed from the record.</summary>
    public List<PdfPageFaults> TakeAll()
    {
        var all = _pages.Values.ToList();
        _pages.Clear();
        return all;
    }

    private PdfPageFaults Current()
    {
        if (!_pages.TryGetValue(CurrentPage, out var page))
        {
            page = new PdfPageFaults();
            _pages[CurrentPage] = page;
        }

        return page;
    }
}

/// <summary>Counts of what could not be read on one page (or, for page 0, in the file's structure).</summary>
internal sealed class PdfPageFaults
{
    public int DamagedStreams { get; set; }
    public int UnreadableOperations { get; set; }
    public int UnreadableFonts { get; set; }
    public int UnreadableToUnicodeMaps { get; set; }
    public int MissingFonts { get; set; }
    public int UnmappedGlyphs { get; set; }
    public string? UnmappedFontName { get; set; }
}
