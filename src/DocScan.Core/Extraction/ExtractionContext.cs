using DocScan.Core.Extraction.Packages;
using DocScan.Core.Ocr;
using DocScan.Core.Scanning;

namespace DocScan.Core.Extraction;

/// <summary>
/// Collects what one document yields, and carries the limits and nesting shared by the document
/// and everything inside it. Extractors of containers (e-mail, zip) hand their members back through
/// <see cref="ExtractNestedAsync"/>, so one budget covers the whole tree.
/// </summary>
internal sealed class ExtractionContext
{
    private readonly Func<ExtractionContext, ReadOnlyMemory<byte>, string, CancellationToken, Task> _extractNested;
    private readonly Budget _budget;

    internal ExtractionContext(
        ScanLimits limits,
        Func<ExtractionContext, ReadOnlyMemory<byte>, string, CancellationToken, Task> extractNested,
        IPackageFiles? package = null,
        OcrOptions? ocr = null)
        : this(limits, extractNested, new Budget(), depth: 0, pathPrefix: "", [], [], [], package, ocr)
    {
    }

    private ExtractionContext(
        ScanLimits limits,
        Func<ExtractionContext, ReadOnlyMemory<byte>, string, CancellationToken, Task> extractNested,
        Budget budget, int depth, string pathPrefix, List<TextSegment> segments, List<ScanProblem> problems,
        List<ActiveContent> activeContent, IPackageFiles? package, OcrOptions? ocr)
    {
        Ocr = ocr;
        Package = package;
        Limits = limits;
        _extractNested = extractNested;
        _budget = budget;
        Depth = depth;
        PathPrefix = pathPrefix;
        Segments = segments;
        Problems = problems;
        ActiveContent = activeContent;
    }

    public ScanLimits Limits { get; }

    /// <summary>How images are read; null when OCR is off (every image-only page is needs-ocr).</summary>
    public OcrOptions? Ocr { get; }

    /// <summary>0 for the document itself, 1 for its attachments, and so on.</summary>
    public int Depth { get; }

    /// <summary>Container chain prepended to every path, e.g. <c>附件.zip!/</c>.</summary>
    public string PathPrefix { get; }

    /// <summary>
    /// The document being read as a problem names it: <paramref name="name"/> for the document itself, its place in
    /// clerk words inside another (附件「a.zip」內「b.png」, 內文的圖片「image1.png」), whose chain already ends with it.
    /// </summary>
    public string DocumentWords(string name) =>
        PathPrefix.Length == 0 ? name : Reporting.LocationWords.OfDocument(PathPrefix[..PathPrefix.LastIndexOf("!/", StringComparison.Ordinal)]);

    public List<TextSegment> Segments { get; }

    public List<ScanProblem> Problems { get; }

    public List<ActiveContent> ActiveContent { get; }

    /// <summary>
    /// The files that came with this document (the other members of its zip, the files of its folder);
    /// null when it came alone, as an upload or an attachment of another document does.
    /// </summary>
    public IPackageFiles? Package { get; }

    /// <summary>Adds a segment (empty ones are dropped), prefixing its path with the container chain.</summary>
    public void Add(TextSegment segment)
    {
        if (string.IsNullOrWhiteSpace(segment.Text))
        {
            return;
        }

        _budget.TextChars += segment.Text.Length;
        if (_budget.TextChars > Limits.MaxTextChars)
        {
            throw new ScanProblemException(ProblemCodes.TooLarge,
                $"文件內文字超過 {Limits.MaxTextChars:N0} 字元上限，未能完整掃描。");
        }

        Segments.Add(PathPrefix.Length == 0 ? segment : segment with { Path = PathPrefix + segment.Path });
    }

    public void Add(string text, string source, string path, int? page = null, bool hidden = false) =>
        Add(new TextSegment(text, source, path, page, hidden));

    public void AddProblem(string code, string message) => Problems.Add(new ScanProblem(code, message));

    /// <summary>Records executable content at <paramref name="path"/> (relative to this document).</summary>
    public void AddActiveContent(string kind, string path) => ActiveContent.Add(new(kind, PathPrefix + path));

    /// <summary>
    /// Counts bytes produced by decompression against the document's budget; throws
    /// <see cref="ScanProblemException"/> (too-large) once the budget is spent.
    /// </summary>
    public void ChargeExpandedBytes(long bytes)
    {
        _budget.ExpandedBytes += bytes;
        if (_budget.ExpandedBytes > Limits.MaxExpandedBytes)
        {
            throw new ScanProblemException(ProblemCodes.TooLarge,
                $"解壓縮後超過 {Limits.MaxExpandedBytes / (1024 * 1024):N0} MB 上限（疑似壓縮炸彈），未能完整掃描。");
        }
    }

    /// <summary>
    /// Scans an attachment or archive member as a document of its own, one level deeper. Its name is
    /// itself a segment (source <c>attachment</c>): file names carry IDs too. Problems inside it become
    /// problems of the whole document.
    /// </summary>
    /// <param name="package">The files that came with the nested document, when its container is a package (a zip).</param>
    public Task ExtractNestedAsync(ReadOnlyMemory<byte> content, string name, CancellationToken cancellationToken, IPackageFiles? package = null) =>
        ReadNestedAsync(name, child => _extractNested(child, content, name, cancellationToken), package);

    /// <summary>
    /// As <see cref="ExtractNestedAsync"/>, for a nested document that is no file of its own (an object's
    /// storage inside a compound file): <paramref name="read"/> reads it into the context it is given.
    /// </summary>
    public Task ReadNestedAsync(string name, Func<ExtractionContext, Task> read, IPackageFiles? package = null)
    {
        Add(name, SegmentSources.Attachment, name);
        if (Depth + 1 > Limits.MaxDepth)
        {
            AddProblem(ProblemCodes.TooDeep,
                $"{Reporting.LocationWords.OfDocument(PathPrefix + name)}位於第 {Depth + 1} 層附件或壓縮檔內，超過 {Limits.MaxDepth} 層上限，未掃描。");
            return Task.CompletedTask;
        }

        return read(new ExtractionContext(Limits, _extractNested, _budget, Depth + 1,
            PathPrefix + name + "!/", Segments, Problems, ActiveContent, package, Ocr));
    }

    private sealed class Budget
    {
        public long ExpandedBytes;
        public long TextChars;
    }
}
