using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Fuzz;

/// <summary>
/// The three kinds of PDF damage that leave a file openable but its text silently wrong or short (issue
/// 13), each on a realistic document: 行政調查報告.pdf, three pages, one embedded TrueType font with a
/// Flate-compressed ToUnicode CMap, Flate-compressed page contents, the national ID and name of the
/// person concerned on page 3. The file is rewritten with correct offsets around the damage, so the
/// damage is the only thing wrong with it. Whatever the damage, the document is not released, and a
/// problem says which page could not be read.
/// </summary>
public sealed partial class DamagedPdfTests
{
    private const string Sample = "行政調查報告.pdf";

    [Fact]
    public async Task Pdf_whose_ToUnicode_CMap_no_longer_parses_is_not_released()
    {
        var pdf = Original();
        var cmap = pdf.Objects[pdf.ToUnicodeStreams().Single()];
        var text = Encoding.Latin1.GetString(PdfFile.Inflate(cmap.Stream!));

        // Three bytes changed: the first hex digit of the Unicode value of three mappings (at a quarter,
        // half and three quarters of the bfchar block) becomes a G, which is no hex digit.
        var mappings = Mapping().Matches(text);
        Assert.True(mappings.Count > 100, "the font maps every glyph it uses");
        var chars = text.ToCharArray();
        foreach (var at in new[] { mappings.Count / 4, mappings.Count / 2, mappings.Count * 3 / 4 })
        {
            chars[mappings[at].Groups[1].Index] = 'G';
        }

        var damaged = pdf.With(cmap with { Stream = PdfFile.Deflate(Encoding.Latin1.GetBytes(new string(chars))) }).Write().Bytes;

        var report = await ScanAsync(damaged);

        Assert.NotEqual(Verdict.Release, report.Verdict);
        AssertProblemNamesAPage(report, [ProblemCodes.Corrupt, "unreadable-text"], page: null);
    }

    [Fact]
    public async Task Pdf_whose_page_content_stream_has_flipped_bits_is_not_released()
    {
        var pdf = Original();
        var page3 = pdf.Objects[pdf.PageContentStreams()[2]];

        // Two bits flipped a tenth of the way into page 3's compressed content: the deflate data after
        // them is invalid, and a reader that stops quietly at the error (or never checks the Adler-32
        // checksum at the end of the zlib stream) gets a page cut short where the person's data was.
        var data = (byte[])page3.Stream!.Clone();
        var at = data.Length / 10;
        data[at] ^= 0x10;
        data[at + 1] ^= 0x01;
        Assert.ThrowsAny<InvalidDataException>(() => PdfFile.Inflate(data));
        var damaged = pdf.With(page3 with { Stream = data }).Write().Bytes;

        var report = await ScanAsync(damaged);

        Assert.NotEqual(Verdict.Release, report.Verdict);
        AssertProblemNamesAPage(report, [ProblemCodes.Corrupt], page: 3);
    }

    /// <param name="cutInside">Which object of the object stream the cut falls in: the last page's
    /// dictionary, or the document information dictionary after it (title, author: often a person).</param>
    [Theory]
    [InlineData("page 3")]
    [InlineData("document information")]
    public async Task Pdf_whose_object_stream_is_cut_short_is_not_released(string cutInside)
    {
        // Written the way qpdf --object-streams=generate writes a file: every dictionary in one
        // Flate-compressed /ObjStm (catalog and page tree first), offsets in an /XRef stream.
        var pdf = Original();
        var target = cutInside == "page 3" ? pdf.Pages()[2] : Info(pdf);
        var damaged = pdf.WriteWithObjectStream(compressed => CutInside(compressed, pdf, target)).Bytes;
        Assert.True(damaged.AsSpan().IndexOf("/ObjStm"u8) >= 0);

        var report = await ScanAsync(damaged);

        Assert.NotEqual(Verdict.Release, report.Verdict);
        AssertProblem(report, [ProblemCodes.Corrupt]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Rewritten_original_is_read_as_the_original(bool objectStreams)
    {
        // The damage is the only difference: the rewrite alone changes nothing DocScan reports.
        var expected = await ScanAsync(File.ReadAllBytes(RepositoryRoot.Combine("sample-docs", Sample)));

        var report = await ScanAsync(Original().Write(objectStreams ? PdfLayout.ObjectStreams : PdfLayout.Classic).Bytes);

        Assert.Equal(expected.Verdict, report.Verdict);
        Assert.Empty(report.Problems);
        Assert.Equal(expected.Findings.Select(f => (f.Type, f.Masked, f.Location.Page)), report.Findings.Select(f => (f.Type, f.Masked, f.Location.Page)));
    }

    private static PdfFile Original() =>
        PdfFile.Parse(File.ReadAllBytes(RepositoryRoot.Combine("sample-docs", Sample))) ?? throw new InvalidOperationException(Sample);

    private static Task<ScanReport> ScanAsync(byte[] pdf) => new DocumentScanner().ReportAsync(pdf, Sample);

    private static List<ScanProblem> AssertProblem(ScanReport report, string[] codes)
    {
        var problems = report.Problems.Where(p => codes.Contains(p.Code)).ToList();
        Assert.True(problems.Count > 0,
            $"expected a problem {string.Join(" or ", codes)}; got verdict {ReportJson.VerdictId(report.Verdict)}, problems [{string.Join(", ", report.Problems.Select(p => p.Code))}]");
        return problems;
    }

    /// <param name="page">The page that must be named; null for any page (a damaged font is used on every page).</param>
    private static void AssertProblemNamesAPage(ScanReport report, string[] codes, int? page)
    {
        var problems = AssertProblem(report, codes);
        var pattern = page is { } n ? $@"第[^頁。]*(?<!\d){n}(?!\d)[^頁。]*頁" : @"第\s*\d+[^頁。]*頁";
        Assert.True(problems.Any(p => Regex.IsMatch(p.Message, pattern)),
            $"no problem names {(page is { } m ? $"第 {m} 頁" : "a page")}: {string.Join(" | ", problems.Select(p => p.Message))}");
    }

    /// <summary>The compressed object stream cut so that what still inflates ends inside <paramref name="target"/>.</summary>
    private static byte[] CutInside(byte[] compressed, PdfFile pdf, int target)
    {
        var content = PdfFile.Inflate(compressed);
        var text = Encoding.Latin1.GetString(content);
        var header = text[..text.IndexOf('\n')].Split(' ').Select(int.Parse).ToArray();
        var first = text.IndexOf('\n') + 1;
        var index = Array.FindIndex(header, 0, h => h == target);
        var start = first + header[index + 1];
        var end = index + 3 < header.Length ? first + header[index + 3] : content.Length;
        for (var keep = compressed.Length - 1; keep > 2; keep--)
        {
            var inflated = InflatedLength(compressed[..keep]);
            if (inflated < end)
            {
                Assert.True(inflated > start, $"no cut ends inside object {target}");
                return compressed[..keep];
            }
        }

        throw new InvalidOperationException("no cut found");
    }

    /// <summary>How much of a cut-off zlib stream inflates before the data runs out.</summary>
    private static int InflatedLength(byte[] data)
    {
        using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        var buffer = new byte[4096];
        var total = 0;
        try
        {
            for (var n = zlib.Read(buffer); n > 0; n = zlib.Read(buffer))
            {
                total += n;
            }
        }
        catch (InvalidDataException)
        {
        }

        return total;
    }

    private static int Info(PdfFile pdf) => int.Parse(Regex.Match(pdf.Trailer, @"/Info\s+(\d+)").Groups[1].Value);

    [GeneratedRegex(@"<[0-9A-F]{2}>\s*<([0-9A-F]{4})>")]
    private static partial Regex Mapping();
}
