using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using DocScan.Core.Scanning;
using DocumentFormat.OpenXml.Packaging;

namespace DocScan.Core.Tests.Extraction;

/// <summary>Runs one OOXML extractor on a package built in memory, the way the dispatcher would.</summary>
internal static class OpenXmlTestSupport
{
    /// <param name="nested">Receives the name and bytes of every embedded document handed back for scanning.</param>
    public static async Task<ExtractionContext> ExtractAsync(
        IDocumentExtractor extractor, byte[] content, FileFormat format, ScanLimits? limits = null,
        List<(string Name, byte[] Content)>? nested = null)
    {
        var context = new ExtractionContext(limits ?? ScanLimits.Default, (_, bytes, name, _) =>
        {
            nested?.Add((name, bytes.ToArray()));
            return Task.CompletedTask;
        });
        await extractor.ExtractAsync(new ExtractionInput(content, "測試文件", new SniffResult(format)), context, CancellationToken.None);
        return context;
    }

    /// <summary>The one segment holding <paramref name="value"/>; fails when there is none or more than one.</summary>
    public static TextSegment SingleWith(this ExtractionContext context, string value) =>
        Assert.Single(context.Segments, segment => segment.Text.Contains(value, StringComparison.Ordinal));

    public static void AssertAt(this TextSegment segment, string source, string path, int? page, bool hidden) =>
        Assert.Equal((source, path, page, hidden), (segment.Source, segment.Path, segment.Page, segment.Hidden));

    public static void WriteXml(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create);
        using var writer = new StreamWriter(stream);
        writer.Write(xml);
    }
}
