using DocScan.Core.Detection;
using DocScan.Core.Ocr;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Samples;

/// <summary>
/// Every document in sample-docs/ scans exactly as tests/sample-docs.expected.json says: verdict, problems and findings,
/// with OCR on as <c>docscan scan</c> runs it, so the scans and the screenshot are read.
/// </summary>
public class SampleDocsTests
{
    private static readonly DocumentScanner Scanner = new(new ScanOptions { Ocr = new OcrOptions { Engine = new TesseractOcrEngine() } });

    private static readonly string Folder = RepositoryRoot.Combine("sample-docs");
    private static readonly ExpectedSamples Expected = ExpectedSamples.Load(RepositoryRoot.Combine("tests", "sample-docs.expected.json"));

    public static TheoryData<string> Files() => new(Expected.Documents.Select(d => d.File));

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Document_scans_as_expected(string file)
    {
        var expected = Expected.Documents.Single(d => d.File == file);

        var report = await Scanner.ReportFileAsync(Path.Combine(Folder, file));

        Assert.Equal(expected.Verdict, ReportJson.VerdictId(report.Verdict));
        Assert.Equal(
            (expected.Problems ?? []).Distinct().Order(StringComparer.Ordinal),
            report.Problems.Select(p => p.Code).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(
            (expected.Findings ?? []).Select(f => f.Key).Order(StringComparer.Ordinal),
            report.Findings.Select(f => new ExpectedFinding(f.Type, f.Masked, f.Location.Source, f.Hidden).Key).Order(StringComparer.Ordinal));
        // Where the sample states whose a value is (an office phone: official), the report says the same.
        foreach (var stated in (expected.Findings ?? []).Where(f => f.Role is not null))
        {
            Assert.Contains(report.Findings, f => new ExpectedFinding(f.Type, f.Masked, f.Location.Source, f.Hidden).Key == stated.Key && ReportJson.RoleId(f.Role) == stated.Role);
        }
    }

    [Fact]
    public void Expected_json_lists_every_document_in_the_folder()
    {
        var onDisk = Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, Expected.Documents.Select(d => d.File).Order(StringComparer.Ordinal));
        Assert.True(Expected.Documents.Count >= 20);
    }

    [Fact]
    public void Samples_hold_every_finding_type()
    {
        var types = typeof(FindingTypes).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        var found = Expected.Documents.SelectMany(d => d.Findings ?? []).Select(f => f.Type).ToHashSet();
        Assert.Subset(found, types);
    }

    [Fact]
    public void Samples_cover_every_verdict_path_of_this_release()
    {
        var verdicts = Expected.Documents.Select(d => d.Verdict).ToHashSet();
        Assert.Superset(new HashSet<string> { "release", "redact", "dual-draft", "review", "block" }, verdicts);
        var problems = Expected.Documents.SelectMany(d => d.Problems ?? []).ToHashSet();
        // With OCR on, a scan that cannot be read is low-ocr-confidence; needs-ocr (OCR off or missing) is OcrScanTests'.
        Assert.Superset(new HashSet<string> { "corrupt", "encrypted", "low-ocr-confidence", "too-large", "too-deep", "unsupported", "extension-mismatch" }, problems);
    }
}
