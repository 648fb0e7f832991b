using DocScan.Core.Reporting;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Extraction.Legacy;

/// <summary>
/// A sample document and LibreOffice's conversion of it to the 97–2003 format give the same finding
/// types and masked values and the same verdict: the legacy readers see what the modern ones see.
/// </summary>
public class LegacyConversionTests
{
    [Theory]
    [InlineData("道路拓寬用地所有權人清冊.docx", "道路拓寬用地所有權人清冊.doc")]
    [InlineData("職務報告-中正一分局.docx", "職務報告-中正一分局.doc")]
    [InlineData("健保承保系統-在保人員查詢結果.xlsx", "健保承保系統-在保人員查詢結果.xls")]
    [InlineData("業務簡報-個資保護稽核.pptx", "業務簡報-個資保護稽核.ppt")]
    public async Task Legacy_conversion_finds_what_the_original_finds(string original, string converted)
    {
        var modern = await new DocumentScanner().ReportFileAsync(RepositoryRoot.Combine("sample-docs", original));
        var legacy = await new DocumentScanner().ReportAsync(LegacyFixtures.Bytes(converted), converted);

        Assert.NotEmpty(modern.Findings);
        Assert.Equal(Keys(modern), Keys(legacy));
        Assert.Equal(ReportJson.VerdictId(modern.Verdict), ReportJson.VerdictId(legacy.Verdict));
        Assert.Empty(legacy.Problems);
    }

    private static List<string> Keys(ScanReport report) =>
        report.Findings.Select(f => $"{f.Type} {f.Masked} hidden={f.Hidden}").Distinct().Order(StringComparer.Ordinal).ToList();
}
