using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;

namespace DocScan.Core.Tests.Extraction;

/// <summary>Scans a damaged package the whole way, as a clerk's upload would be, with values in the report.</summary>
internal static class DamagedPackageScan
{
    private static readonly DocumentScanner Scanner = new(new ScanOptions { IncludeValues = true });

    public static Task<ScanReport> ScanAsync(byte[] package, string name) => Scanner.ReportAsync(package, name);

    /// <summary>
    /// The report a damaged package must give: corrupt (so never released), and the value still found
    /// where <paramref name="path"/> says it was read from.
    /// </summary>
    public static void AssertCorruptAndFound(this ScanReport report, string type, string value, string path)
    {
        Assert.Contains(report.Problems, p => p.Code == ProblemCodes.Corrupt);
        Assert.Equal(Verdict.Review, report.Verdict);
        Assert.Contains(report.Findings, f => f.Type == type && f.Value == value && f.Location.Path == path);
    }
}
