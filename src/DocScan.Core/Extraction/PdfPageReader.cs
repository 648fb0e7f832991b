using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace DocScan.Core.Extraction;

/// <summary>
/// Hands out a PDF's pages one after another while bounding what PdfPig keeps between them.
/// </summary>
/// <remarks>
/// PdfPig parses each font once and keeps it, with every glyph outline, until its
/// <see cref="PdfDocument"/> is disposed; nothing else it keeps grows with the pages read (no pages, no
/// decoded streams). A file joined from many case files has fonts of its own for every case file: reading
/// the 500-page file of <c>bench/make-big-pdfs.sh</c> with one document left 144 MB of parsed fonts by the
/// last page. This reader weighs the fonts each page's resources name (16 KiB plus the font program as
/// stored in the file) and, when the next page's new fonts would take what is loaded past the budget, opens
/// the file again and lets the old document go, fonts and all. It does so only when that lets go of at
/// least half a budget: a font that every page uses stays loaded, however big, and is parsed again only
/// after half a budget of other fonts came and went. Fonts that only Form XObjects use are not weighed
/// (finding them would read every image on the page); they go with the rest at the next reopening.
/// </remarks>
internal sealed class PdfPageReader : IDisposable
{
    /// <summary>Stored bytes of font programs one document may have loaded before the file is opened again.</summary>
    internal const long FontBudgetBytes = 2L * 1024 * 1024;

    // What a font costs beyond its program: widths, encoding, ToUnicode map; a font without a program
    // (a standard font, a Type 3 font) costs this alone.
    private const long FontOverheadBytes = 16 * 1024;

    private readonly Func<PdfDocument> _open;
    private readonly long _budget;
    private readonly Dictionary<IndirectReference, long> _loaded = [];
    private PdfDocument _current;
    private long _loadedBytes;

    /// <param name="open">Opens the file, each time as a new <see cref="PdfDocument"/>: the reader owns
    /// what it opens, and the caller's own document (metadata, forms, attachments) never holds fonts.</param>
    public PdfPageReader(Func<PdfDocument> open, long fontBudgetBytes = FontBudgetBytes)
    {
        _open = open;
        _budget = fontBudgetBytes;
        _current = Prepare(open());
    }

    /// <summary>How many times the file was opened again; for tests and measurements.</summary>
    public int Reopenings { get; private set; }

    public Page GetPage(int number)
    {
        var fonts = FontsOf(number);
        var (added, kept) = Weigh(fonts);
        var freed = _loadedBytes - kept;
        if (_loadedBytes + added > _budget && freed > 0 && freed >= _budget / 2)
        {
            var next = Prepare(_open());
            _current.Dispose();
            _current = next;
            _loaded.Clear();
            _loadedBytes = 0;
            Reopenings++;
        }

        foreach (var (reference, bytes) in fonts)
        {
            if (_loaded.TryAdd(reference, bytes))
            {
                _loadedBytes += bytes;
            }
        }

        return _current.GetPage(number);
    }

    public void Dispose() => _current.Dispose();

    // What the page's fonts add to those loaded, and how much of what is loaded the page uses again.
    private (long Added, long Kept) Weigh(List<(IndirectReference Reference, long Bytes)> fonts)
    {
        long added = 0, kept = 0;
        foreach (var (reference, bytes) in fonts.DistinctBy(f => f.Reference))
        {
            if (_loaded.ContainsKey(reference))
            {
                kept += bytes;
            }
            else
            {
                added += bytes;
            }
        }

        return (added, kept);
    }

    // Weighing is advice: a page whose resources cannot be read weighs nothing here, and reading the
    // page itself reports what is wrong with it.
    private List<(IndirectReference Reference, long Bytes)> FontsOf(int number)
    {
        try
        {
            return _current.GetPage<PageFonts>(number).Fonts;
        }
        catch (Exception ex) when (PdfDocumentOpener.IsParseFailure(ex))
        {
            return [];
        }
    }

    private static PdfDocument Prepare(PdfDocument document)
    {
        document.AddPageFactory(new PageFontsFactory(document.Structure.TokenScanner));
        return document;
    }

    /// <summary>The fonts a page's resources name (its own and those inherited from the page tree), weighed.</summary>
    private sealed record PageFonts(List<(IndirectReference Reference, long Bytes)> Fonts);

    /// <summary>
    /// A PdfPig page factory that reads no content: it only looks up the page's font resources. PdfPig
    /// hands it the page dictionary with the resource dictionaries the page tree passes down.
    /// </summary>
    private sealed class PageFontsFactory(IPdfTokenScanner scanner) : IPageFactory<PageFonts>
    {
        private readonly Dictionary<IndirectReference, long> _weights = [];

        public PageFonts Create(int number, DictionaryToken dictionary, PageTreeMembers pageTreeMembers, NamedDestinations namedDestinations)
        {
            var fonts = new List<(IndirectReference, long)>();
            foreach (var resources in pageTreeMembers.ParentResources)
            {
                if (!resources.TryGet(NameToken.Font, scanner, out DictionaryToken? fontResources))
                {
                    continue;
                }

                foreach (var value in fontResources.Data.Values)
                {
                    if (value is IndirectReferenceToken reference)
                    {
                        fonts.Add((reference.Data, Weigh(reference.Data)));
                    }
                }
            }

            return new PageFonts(fonts);
        }

        private long Weigh(IndirectReference reference)
        {
            if (!_weights.TryGetValue(reference, out var weight))
            {
                weight = FontOverheadBytes + ProgramBytes(reference);
                _weights[reference] = weight;
            }

            return weight;
        }

        private long ProgramBytes(IndirectReference reference)
        {
            if (scanner.Get(reference)?.Data is not DictionaryToken font)
            {
                return 0;
            }

            // A composite (Type 0) font keeps its program in its descendant CIDFont.
            if (font.TryGet(NameToken.DescendantFonts, scanner, out ArrayToken? descendants)
                && descendants.Data.Count > 0
                && DirectObjectFinder.TryGet(descendants.Data[0], scanner, out DictionaryToken? descendant))
            {
                font = descendant;
            }

            if (!font.TryGet(NameToken.FontDescriptor, scanner, out DictionaryToken? descriptor))
            {
                return 0;
            }

            foreach (var key in (NameToken[])[NameToken.FontFile, NameToken.FontFile2, NameToken.FontFile3])
            {
                if (descriptor.TryGet(key, out var program)
                    && DirectObjectFinder.TryGet(program, scanner, out StreamToken? stream))
                {
                    return stream.Data.Length;
                }
            }

            return 0;
        }
    }
}
