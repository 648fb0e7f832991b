using DocScan.Core.Extraction.Di;
using DocScan.Core.Extraction.Legacy;
using DocScan.Core.Extraction.Packages;
using DocScan.Core.Formats;
using DocScan.Core.Scanning;

namespace DocScan.Core.Extraction;

/// <summary>
/// Sniffs a document and hands it to the extractor for its format; containers come back here for
/// their members. Whatever goes wrong becomes a problem on the result, never an exception.
/// </summary>
public sealed class DocumentExtractor
{
    private readonly IReadOnlyList<IDocumentExtractor> _extractors;

    internal DocumentExtractor(IEnumerable<IDocumentExtractor> extractors)
    {
        _extractors = extractors.ToList();
    }

    public static DocumentExtractor CreateDefault() => new(
    [
        new WordExtractor(),
        new SpreadsheetExtractor(),
        new PresentationExtractor(),
        new Odf.OdfExtractor(),
        new PdfExtractor(),
        new EmailExtractor(),
        new PlainTextExtractor(),
        new ZipArchiveExtractor(),
        new DiExtractor(),
        new LegacyOfficeExtractor(),
        new ImageExtractor(),
    ]);

    /// <summary>Extracts one top-level document.</summary>
    /// <param name="package">The files that came with it (its folder), where a DI finds its attachments.</param>
    /// <param name="ocr">How images are read; null leaves every image-only page needs-ocr.</param>
    public async Task<ExtractionResult> ExtractAsync(
        ReadOnlyMemory<byte> content, string name, ScanLimits limits, CancellationToken cancellationToken, IPackageFiles? package = null,
        Ocr.OcrOptions? ocr = null)
    {
        var context = new ExtractionContext(limits, (child, bytes, childName, ct) =>
            ExtractOneAsync(child, bytes, childName, ct), package, ocr);
        var sniff = await ExtractOneAsync(context, content, name, cancellationToken).ConfigureAwait(false);
        return new ExtractionResult(sniff, context.Segments, context.Problems, context.ActiveContent);
    }

    private async Task<SniffResult> ExtractOneAsync(
        ExtractionContext context, ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken)
    {
        var display = context.DocumentWords(name);
        if (content.Length > context.Limits.MaxDocumentBytes)
        {
            // Checked before sniffing: sniffing a zip already means opening it.
            context.AddProblem(ProblemCodes.TooLarge,
                $"「{display}」大小 {content.Length / (1024 * 1024):N0} MB，超過 {context.Limits.MaxDocumentBytes / (1024 * 1024):N0} MB 上限，未掃描。");
            return SniffResult.Unknown;
        }

        var sniff = FormatSniffer.Sniff(content.Span);

        if (FormatSniffer.ExtensionMismatch(name, sniff.Format) is { } claimed)
        {
            context.AddProblem(ProblemCodes.ExtensionMismatch,
                $"「{display}」的副檔名是 {claimed}，內容卻是 {FormatNames.Describe(sniff.Format)}；已依實際內容掃描，收件者可能無法正確開啟。");
        }

        if (sniff.HasMacros)
        {
            context.AddActiveContent(ActiveContentKinds.Vba, name);
        }

        if (sniff.Format == FileFormat.Executable)
        {
            context.AddActiveContent(ActiveContentKinds.Executable, name);
            return sniff;
        }

        var extractor = _extractors.FirstOrDefault(e => e.CanExtract(sniff.Format));
        if (extractor is null)
        {
            context.AddProblem(UnreadableCode(sniff.Format), UnreadableMessage(display, sniff.Format));
            return sniff;
        }

        try
        {
            await extractor.ExtractAsync(new ExtractionInput(content, name, sniff), context, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (ScanProblemException problem)
        {
            context.Problems.Add(problem.ToProblem() with { Message = $"「{display}」：{problem.Message}" });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Parsers throw many exception types on malformed input; all of them mean the same to a clerk.
            context.AddProblem(ProblemCodes.Corrupt,
                $"「{display}」無法解析（{FormatNames.Describe(sniff.Format)}，{ex.GetType().Name}），檔案可能已損毀或被截斷。");
        }

        return sniff;
    }

    private static string UnreadableCode(FileFormat format) => format switch
    {
        FileFormat.EncryptedOffice => ProblemCodes.Encrypted,
        _ => ProblemCodes.Unsupported,
    };

    private static string UnreadableMessage(string display, FileFormat format) => format switch
    {
        FileFormat.EncryptedOffice => $"「{display}」是以密碼加密的 Office 文件，無法檢查內容；請解除密碼後重新送掃。",
        _ => $"「{display}」不是可檢查的文件格式（{FormatNames.Describe(format)}）。",
    };
}

/// <param name="Sniff">What the top-level document is.</param>
/// <param name="Segments">Every piece of text found, in document order, containers included.</param>
/// <param name="Problems">Why the extraction is incomplete; empty when it is complete.</param>
/// <param name="ActiveContent">Macros, embedded packages and programs found anywhere in the tree.</param>
public sealed record ExtractionResult(
    SniffResult Sniff, IReadOnlyList<TextSegment> Segments, IReadOnlyList<ScanProblem> Problems, IReadOnlyList<ActiveContent> ActiveContent);
