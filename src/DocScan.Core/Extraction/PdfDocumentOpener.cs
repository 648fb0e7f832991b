using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace DocScan.Core.Extraction;

/// <summary>
/// Opens a PDF so that a damaged file is never read as a smaller clean one. Strict parsing comes first:
/// lenient parsing rebuilds the file from whatever objects it can find, and for a truncated file that
/// can mean one empty page where there were three. Lenient parsing is only a fallback, and a document
/// it had to repair always carries a problem.
/// </summary>
internal static class PdfDocumentOpener
{
    // Readers look for %%EOF in the last 1024 bytes only (PDF 32000-1, implementation note 18).
    private const int EofSearchWindow = 1024;

    /// <param name="faults">Receives what PdfPig reads past quietly (damaged streams, unmapped glyphs) for the
    /// life of the document.</param>
    /// <param name="repaired">Whether only lenient parsing could open the file: <see cref="Reopen"/> must
    /// open it the same way.</param>
    public static PdfDocument Open(ReadOnlyMemory<byte> content, string display, ExtractionContext context, PdfReadFaults faults, out bool repaired)
    {
        repaired = false;
        var truncated = !HasEofMarker(content.Span);
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(content, Options(faults, lenient: false));
        }
        catch (PdfDocumentEncryptedException)
        {
            throw Encrypted();
        }
        catch (Exception ex) when (IsParseFailure(ex))
        {
            document = OpenRepaired(content, truncated, faults);
            repaired = true;
            context.AddProblem(ProblemCodes.Corrupt, truncated
                ? $"「{display}」檔案不完整（結尾缺少 %%EOF，可能在傳送或儲存時被截斷），只讀取了修復後可讀的部分，可能有頁面或內容遺漏；請取得完整檔案後重新送掃。"
                : $"「{display}」PDF 結構有錯誤，已嘗試修復後讀取，但可能有頁面或內容遺漏；請重新產生 PDF 或取得原始檔後重新送掃。");
            return document;
        }

        if (truncated)
        {
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{display}」檔案不完整（結尾缺少 %%EOF，可能在傳送或儲存時被截斷），內容可能有遺漏；請取得完整檔案後重新送掃。");
        }

        return document;
    }

    /// <summary>
    /// Opens a file that <see cref="Open"/> has opened before, the same way and without reporting its
    /// problems again: a second, independent <see cref="PdfDocument"/> over the same bytes (see
    /// <see cref="PdfPageReader"/>), whose reading still goes to <paramref name="faults"/>.
    /// </summary>
    public static PdfDocument Reopen(ReadOnlyMemory<byte> content, bool repaired, PdfReadFaults faults) =>
        PdfDocument.Open(content, Options(faults, lenient: repaired));

    private static ParsingOptions Options(PdfReadFaults faults, bool lenient) => new()
    {
        UseLenientParsing = lenient,
        Logger = new PdfParseLog(faults),
        FilterProvider = new PdfCheckedFilters(faults),
    };

    private static PdfDocument OpenRepaired(ReadOnlyMemory<byte> content, bool truncated, PdfReadFaults faults)
    {
        try
        {
            return PdfDocument.Open(content, Options(faults, lenient: true));
        }
        catch (PdfDocumentEncryptedException)
        {
            throw Encrypted();
        }
        catch (Exception ex) when (IsParseFailure(ex))
        {
            // Certificate-based encryption (common with government certificates) is not something
            // PdfPig reports as encryption; it just fails to parse.
            if (content.Span.IndexOf("/Encrypt"u8) >= 0)
            {
                throw Encrypted();
            }

            throw new ScanProblemException(ProblemCodes.Corrupt, truncated
                ? "PDF 檔案不完整（結尾缺少 %%EOF，可能在傳送或儲存時被截斷），無法開啟；請取得完整檔案後重新送掃。"
                : $"PDF 結構損毀，無法開啟（{ex.GetType().Name}）；請重新產生 PDF 或取得原始檔後重新送掃。");
        }
    }

    private static ScanProblemException Encrypted() => new(ProblemCodes.Encrypted,
        "PDF 設有開啟密碼（或使用無法解開的加密方式），無法檢查內容；請解除密碼後重新送掃。");

    private static bool HasEofMarker(ReadOnlySpan<byte> content) =>
        content[Math.Max(0, content.Length - EofSearchWindow)..].IndexOf("%%EOF"u8) >= 0;

    internal static bool IsParseFailure(Exception ex) =>
        ex is not (OperationCanceledException or OutOfMemoryException or ScanProblemException);
}
