using System.Globalization;
using UglyToad.PdfPig.Content;

namespace DocScan.Core.Extraction;

/// <summary>
/// Decides whether what was read of each PDF page is everything the page draws, from two sources: what
/// PdfPig recorded while reading it (<see cref="PdfReadFaults"/>) and the page's glyphs compared with the
/// extracted text. Pages that fail are gathered by kind and reported once per kind, naming the pages, so a
/// 400-page file with one broken font gets one problem, not four hundred.
/// </summary>
internal sealed class PdfPageCompleteness(PdfReadFaults faults, string display)
{
    // A few unmappable glyphs are ordinary (an ornament, a mathematical sign the producer did not map);
    // a page is unreadable when they are enough to hide an identifier, or a noticeable share of the page
    // (a name is three glyphs; a broken map leaves whole lines).
    private const int MinUnreadableGlyphs = 3;
    private const int IdentifierGlyphs = 10;
    private const int UnreadableSharePercent = 2;

    // The layout extractor may merge overlapping duplicates (text drawn twice for a bold effect); losing
    // more than this share of the drawn glyphs means text was dropped.
    private const double MinExtractedShare = 0.9;

    private readonly List<int> _damagedStreams = [];
    private readonly List<int> _unreadableMaps = [];
    private readonly List<int> _unreadableFonts = [];
    private readonly List<int> _unmappedPages = [];
    private readonly List<int> _shortPages = [];
    private readonly HashSet<string> _unmappedFonts = [];
    private int _unmappedGlyphs;
    private int _drawn;
    private int _read;

    public void Check(Page page, string text)
    {
        var recorded = faults.Take(page.Number);
        if (recorded is { DamagedStreams: > 0 })
        {
            _damagedStreams.Add(page.Number);
        }

        if (recorded is { UnreadableToUnicodeMaps: > 0 })
        {
            _unreadableMaps.Add(page.Number);
        }

        if (recorded is { UnreadableFonts: > 0 } or { MissingFonts: > 0 } or { UnreadableOperations: > 0 })
        {
            _unreadableFonts.Add(page.Number);
        }

        var letters = page.Letters;
        var drawn = letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
        var unmapped = Math.Max(letters.Count(IsUnreadable), recorded?.UnmappedGlyphs ?? 0);
        if (unmapped >= MinUnreadableGlyphs && (unmapped >= IdentifierGlyphs || unmapped * 100 >= drawn * UnreadableSharePercent))
        {
            _unmappedPages.Add(page.Number);
            _unmappedGlyphs += unmapped;
            if (recorded?.UnmappedFontName is { Length: > 0 } font)
            {
                _unmappedFonts.Add(font);
            }
        }

        var read = text.Count(c => !char.IsWhiteSpace(c));
        if (drawn > 0 && read < drawn * MinExtractedShare)
        {
            _shortPages.Add(page.Number);
            _drawn += drawn;
            _read += read;
        }
    }

    /// <summary>
    /// Adds the problems found on the pages, and what was recorded outside the pages' own reading
    /// (cross-references, object streams, properties, annotations, embedded files).
    /// </summary>
    public void Report(ExtractionContext context)
    {
        if (_damagedStreams.Count > 0)
        {
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{display}」{Pages(_damagedStreams)}的內容資料已損毀（壓縮資料流解壓縮或檢查碼錯誤），文字可能未完整讀出；請重新產生 PDF 或取得原始檔後重新送掃。");
        }

        if (_unreadableMaps.Count > 0)
        {
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{display}」{Pages(_unreadableMaps)}使用的字型，其字碼與文字的對照表（ToUnicode）無法讀取，讀出的文字不可信；同一字型在其他頁面的文字也無法檢查。請重新產生 PDF 或由人工檢查。");
        }

        if (_unreadableFonts.Count > 0)
        {
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{display}」{Pages(_unreadableFonts)}的字型或繪製指令無法解析，文字可能未完整讀出；請重新產生 PDF 或取得原始檔後重新送掃。");
        }

        if (_unmappedPages.Count > 0)
        {
            var fonts = _unmappedFonts.Count > 0 ? $"（字型 {string.Join("、", _unmappedFonts.Order(StringComparer.Ordinal))}）" : "";
            context.AddProblem(ProblemCodes.UnreadableText,
                $"「{display}」{Pages(_unmappedPages)}共有 {_unmappedGlyphs} 個字元無法轉為文字{fonts}，其中可能有未檢查的個人資料；請由人工檢查，或以原始檔重新產生 PDF 後重新送掃。");
        }

        if (_shortPages.Count > 0)
        {
            context.AddProblem(ProblemCodes.UnreadableText,
                $"「{display}」{Pages(_shortPages)}繪出 {_drawn} 個字元，只讀出 {_read} 個，部分文字未能檢查；請由人工檢查。");
        }

        var rest = faults.TakeAll();
        var elsewhere = rest.Sum(f => f.DamagedStreams + f.UnreadableFonts + f.UnreadableToUnicodeMaps + f.MissingFonts + f.UnreadableOperations);
        if (elsewhere > 0)
        {
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{display}」有 {elsewhere} 處資料（壓縮資料流、字型或繪製指令）已損毀，部分內容可能未讀出；請重新產生 PDF 或取得原始檔後重新送掃。");
        }
    }

    /// <summary>第 3 頁, 第 1–3、7 頁: runs of consecutive pages joined, as a clerk reads them.</summary>
    internal static string Pages(IReadOnlyList<int> pages)
    {
        var runs = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var start = pages[i];
            while (i + 1 < pages.Count && pages[i + 1] == pages[i] + 1)
            {
                i++;
            }

            runs.Add(start == pages[i] ? $"{start}" : $"{start}–{pages[i]}");
        }

        return $"第 {string.Join("、", runs)} 頁";
    }

    private static bool IsUnreadable(Letter letter)
    {
        var value = letter.Value;
        if (value.Length == 0)
        {
            return true;
        }

        foreach (var c in value)
        {
            var category = char.GetUnicodeCategory(c);
            if (c == '\uFFFD'
                || category == UnicodeCategory.Control && !char.IsWhiteSpace(c)
                || category == UnicodeCategory.PrivateUse && !PdfSymbolFonts.IsSymbolFont(letter.FontName))
            {
                return true;
            }
        }

        return false;
    }

}
