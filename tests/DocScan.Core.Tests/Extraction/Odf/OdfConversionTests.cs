using DocScan.Core.Reporting;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Extraction.Odf;

/// <summary>
/// The same document saved by Office and converted by LibreOffice 7.4 (<c>soffice --headless --convert-to odt</c>,
/// committed in sample-docs/) reads the same: findings (type, masked value, where, hidden), verdict and problems.
/// </summary>
public sealed class OdfConversionTests
{
    private static readonly string Folder = RepositoryRoot.Combine("sample-docs");

    public static TheoryData<string, string> Pairs() => new()
    {
        { "道路拓寬用地所有權人清冊.docx", "道路拓寬用地所有權人清冊.odt" },
        { "職務報告-中正一分局.docx", "職務報告-中正一分局.odt" },
        { "職務報告-中正一分局.docx", "職務報告-中正一分局.fodt" },
        { "陳情案簽稿.docx", "陳情案簽稿.odt" },
        { "里長聯繫會報會議紀錄.docx", "里長聯繫會報會議紀錄.odt" },
        { "健保承保系統-在保人員查詢結果.xlsx", "健保承保系統-在保人員查詢結果.ods" },
        { "業務簡報-個資保護稽核.pptx", "業務簡報-個資保護稽核.odp" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Converted_document_gives_the_same_findings_hidden_flags_and_verdict(string office, string odf)
    {
        var scanner = new DocumentScanner();
        var original = await scanner.ReportFileAsync(Path.Combine(Folder, office));
        var converted = await scanner.ReportFileAsync(Path.Combine(Folder, odf));

        Assert.Equal(Path.GetExtension(odf)[1..].TrimStart('f'), converted.Document.Format);
        Assert.NotEmpty(original.Findings);
        Assert.Equal(Keys(original), Keys(converted));
        Assert.Equal(ReportJson.VerdictId(original.Verdict), ReportJson.VerdictId(converted.Verdict));
        Assert.Equal(original.Problems.Select(p => p.Code).Order(), converted.Problems.Select(p => p.Code).Order());
    }

    private static List<string> Keys(ScanReport report) =>
        report.Findings.Select(f => $"{f.Type} {f.Masked} {f.Location.Source} hidden={f.Hidden}").Order(StringComparer.Ordinal).ToList();
}
