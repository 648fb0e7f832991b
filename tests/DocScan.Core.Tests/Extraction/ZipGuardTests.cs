using System.IO.Compression;
using DocScan.Core.Extraction;
using DocScan.Core.Formats;
using DocScan.Core.Scanning;

namespace DocScan.Core.Tests.Extraction;

public sealed class ZipGuardTests
{
    [Fact]
    public async Task Highly_compressible_entry_is_refused_as_too_large()
    {
        var bomb = Zip(("[Content_Types].xml", new byte[100]), ("word/document.xml", new byte[32 * 1024 * 1024]));

        var problem = await Assert.ThrowsAsync<ScanProblemException>(() =>
            OpenXmlTestSupport.ExtractAsync(new WordExtractor(), bomb, FileFormat.Docx));

        Assert.Equal(ProblemCodes.TooLarge, problem.Code);
        Assert.Contains("word/document.xml", problem.Message);
    }

    [Fact]
    public async Task Deeply_nested_xml_is_refused_before_the_parser_recurses_into_it()
    {
        const int depth = 100_000;
        var xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
            + string.Concat(Enumerable.Repeat("<w:hyperlink>", depth)) + "<w:r><w:t>F152601819</w:t></w:r>"
            + string.Concat(Enumerable.Repeat("</w:hyperlink>", depth)) + "</w:p></w:body></w:document>";
        var docx = WordBuilder.Build((_, main) => OpenXmlTestSupport.WriteXml(main, xml));

        var problem = await Assert.ThrowsAsync<ScanProblemException>(() =>
            OpenXmlTestSupport.ExtractAsync(new WordExtractor(), docx, FileFormat.Docx));

        Assert.Equal(ProblemCodes.Corrupt, problem.Code);
    }

    [Fact]
    public void Too_many_entries_are_refused_before_reading_them()
    {
        var zip = Zip(Enumerable.Range(1, 6).Select(i => ($"公文/附件{i}.txt", "說明"u8.ToArray())).ToArray());
        var context = Context(ScanLimits.Default with { MaxEntries = 5 });

        var problem = Assert.Throws<ScanProblemException>(() => ZipGuard.CheckPackage(zip, context, CancellationToken.None));

        Assert.Equal(ProblemCodes.TooLarge, problem.Code);
    }

    [Fact]
    public void Real_expanded_bytes_are_charged_to_the_budget()
    {
        var zip = Zip(("名冊.csv", new byte[64 * 1024]));
        var context = Context(ScanLimits.Default with { MaxExpandedBytes = 32 * 1024 });

        var problem = Assert.Throws<ScanProblemException>(() => ZipGuard.CheckPackage(zip, context, CancellationToken.None));

        Assert.Equal(ProblemCodes.TooLarge, problem.Code);
    }

    [Fact]
    public void Ordinary_package_passes_and_entries_copy_whole()
    {
        var content = "主旨：檢送會議紀錄一份。"u8.ToArray();
        var zip = Zip(("word/document.xml", content), ("docProps/core.xml", new byte[10]));
        var context = Context(ScanLimits.Default);

        ZipGuard.CheckPackage(zip, context, CancellationToken.None);
        using var archive = ZipGuard.Open(zip, context);
        using var copy = new MemoryStream();
        var length = ZipGuard.CopyEntry(archive.GetEntry("word/document.xml")!, copy, context, CancellationToken.None);

        Assert.Equal(content.Length, length);
        Assert.Equal(content, copy.ToArray());
    }

    private static ExtractionContext Context(ScanLimits limits) => new(limits, (_, _, _, _) => Task.CompletedTask);

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }
}
