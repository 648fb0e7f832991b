using DocScan.Redaction;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;

namespace DocScan.Redaction.Tests;

/// <summary>Legacy files are read but not rewritten: one that needs redaction gets no draft and a clear way to get one.</summary>
public class LegacyDraftTests
{
    [Theory]
    [InlineData("道路拓寬用地所有權人清冊.doc")]
    [InlineData("健保承保系統-在保人員查詢結果.xls")]
    public async Task Legacy_file_needing_redaction_is_told_to_save_in_the_modern_format(string name)
    {
        var content = LegacyFixtures.Bytes(name);
        var scan = await new DocumentScanner().ScanWithFindingsAsync(content, name);
        Assert.Equal("redact", ReportJson.VerdictId(scan.Report.Verdict));

        var result = await new DraftService(new DocumentScanner()).CreateDraftsAsync(content, name, scan);

        Assert.Equal(DraftStatus.Review, result.Status);
        Assert.DoesNotContain(result.Files, f => f.Audience == DraftAudience.Release);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("另存為 .docx/.xlsx/.pptx", problem, StringComparison.Ordinal);
    }
}
