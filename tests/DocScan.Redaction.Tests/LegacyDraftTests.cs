using DocScan.Core.Rules;
using DocScan.Core.Tests.Support;

namespace DocScan.Redaction.Tests;

/// <summary>
/// Drafts of Word, Excel and PowerPoint 97–2003 files: LibreOffice saves them as .docx/.xlsx/.pptx, the
/// Office writers redact those, and the summary says the draft changed format. LibreOffice opens each
/// draft again, and neither its PDF nor the draft's own parts hold a redacted value.
/// </summary>
public sealed class LegacyDraftTests
{
    [Theory]
    [InlineData("住戶訪查紀錄.doc", ".docx")]
    [InlineData("職務報告-中正一分局.doc", ".docx")]
    [InlineData("陳情案處理簽.doc", ".docx")]
    [InlineData("健保承保系統-在保人員查詢結果.xls", ".xlsx")]
    [InlineData("急難救助核發清冊.xls", ".xlsx")]
    [InlineData("業務簡報-個資保護稽核.ppt", ".pptx")]
    public async Task Legacy_file_is_drafted_in_the_modern_format_without_any_redacted_value(string name, string extension)
    {
        var content = LegacyFixtures.Bytes(name);
        var rules = ScanRules.Default;
        var scan = await new DocumentScanner(new ScanOptions { Rules = rules }).ScanAsync(content, name);
        var removed = DraftExpectations.RemovedValues(scan.Findings, rules);
        Assert.NotEmpty(removed);

        var result = await new DraftService(new DocumentScanner()).CreateDraftsAsync(content, name, scan);

        Assert.True(result.Status == DraftStatus.Offered, $"{result.Status}: {string.Join("\n", result.Problems)}");
        Assert.Contains(result.Notes, n => n.Contains($"草稿改存為 {extension}", StringComparison.Ordinal));
        var draft = Assert.Single(result.Files, f => f.Audience == DraftAudience.Release);
        Assert.EndsWith(extension, draft.Path, StringComparison.Ordinal);
        var parts = await IndependentReader.ReadAsync(draft.Content, Path.GetFileName(draft.Path));
        var printed = DraftExpectations.Compact(await IndependentReader.PdfToTextAsync(await LibreOffice.ToPdfAsync(draft.Content, "draft" + extension)));
        Assert.NotEmpty(printed);
        Assert.All(removed, value =>
        {
            Assert.DoesNotContain(value, printed);
            Assert.DoesNotContain(parts, text => DraftExpectations.Compact(text).Contains(value, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Summary_of_a_legacy_draft_names_the_new_format()
    {
        var content = LegacyFixtures.Bytes("陳情案處理簽.doc");

        var result = await new DraftService(new DocumentScanner()).CreateDraftsAsync(content, "陳情案處理簽.doc");

        var summary = System.Text.Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Audience == DraftAudience.Report).Content);
        Assert.Contains("草稿改存為 .docx", summary, StringComparison.Ordinal);
        Assert.Contains(result.Files, f => f.Path == "release/陳情案處理簽.redacted.docx");
    }
}
