using System.IO.Compression;
using System.Xml.Linq;
using DocScan.Redaction;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;

namespace DocScan.Redaction.Tests;

internal static class DraftTestSupport
{
    public static async Task<(DraftResult Result, byte[] Draft)> DraftAsync(byte[] content, string name, ScanRules? rules = null)
    {
        var result = await new DraftService(new DocumentScanner(new ScanOptions { Rules = rules ?? ScanRules.Default })).CreateDraftsAsync(content, name);
        Assert.True(result.Status == DraftStatus.Offered,
            $"{result.Status}: {string.Join(" / ", result.Problems)} {string.Join(" / ", result.Survivors.Select(s => s.Finding.Type + " " + s.Finding.Location))}");
        return (result, Assert.Single(result.Files, f => f.Audience == DraftAudience.Release).Content);
    }

    /// <summary>Asserts none of the values is anywhere in the file, read independently (compared without spaces, after NFKC).</summary>
    public static async Task AssertNoneOfAsync(byte[] draft, string name, params string[] values)
    {
        var texts = (await IndependentReader.ReadAsync(draft, name)).Select(DraftExpectations.Compact).ToList();
        foreach (var value in values)
        {
            Assert.DoesNotContain(texts, t => t.Contains(DraftExpectations.Compact(value), StringComparison.Ordinal));
        }
    }

    public static XDocument Part(byte[] package, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(package));
        using var stream = (archive.GetEntry(name) ?? throw new InvalidOperationException($"no part {name}")).Open();
        return XDocument.Load(stream);
    }

    /// <summary>The core properties part, whatever the writer named it (Office: docProps/core.xml; System.IO.Packaging: a .psmdcp).</summary>
    public static XDocument CoreProperties(byte[] package)
    {
        using var archive = new ZipArchive(new MemoryStream(package));
        foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".xml") || e.FullName.EndsWith(".psmdcp")))
        {
            using var stream = entry.Open();
            var document = XDocument.Load(stream);
            if (document.Root?.Name.LocalName == "coreProperties")
            {
                return document;
            }
        }

        throw new InvalidOperationException("no core properties part");
    }

    public static bool HasPart(byte[] package, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(package));
        return archive.GetEntry(name) is not null;
    }
}
