using System.Text.RegularExpressions;
using DocScan.Core.Extraction;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;

namespace DocScan.Core.Tests.Reporting;

public sealed class ReportHtmlTests
{
    private static readonly ScanReport Report = new()
    {
        Document = new DocumentInfo("F15****819-陳情書<草稿>.docx", "docx", "ab12", 12345),
        Verdict = Verdict.Redact,
        Reasons = [new Reason("personal-data", "發現 1 筆身分證統一編號；須遮蔽後始得發出。", ["個人資料保護法第2條"])],
        Findings =
        [
            new ReportFinding
            {
                Type = "national-id",
                Masked = "F15****819",
                Value = "F152601819",
                Location = new FindingLocation(SegmentSources.TrackedDeletion, "word/document.xml", null, 10, 10, new CellPosition("word/document.xml#table2", 3, 0)),
                Hidden = true,
                Confidence = 0.99,
                Detector = "tw-national-id",
            },
        ],
        Problems = [new ScanProblem(ProblemCodes.NeedsOcr, "第 3 頁只有影像，需 OCR 才能檢查。")],
        RulesVersion = "2026.11-1",
    };

    [Fact]
    public void Page_reads_in_traditional_chinese_with_masked_values_only()
    {
        var html = ReportHtml.Render(Report, [new("文件編號", "0123abcd")]);

        Assert.Contains("<html lang=\"zh-Hant\">", html, StringComparison.Ordinal);
        Assert.Contains("須遮蔽", html, StringComparison.Ordinal);
        Assert.Contains("身分證統一編號", html, StringComparison.Ordinal);
        Assert.Contains("F15****819", html, StringComparison.Ordinal);
        Assert.Contains("<td>第 2 個表格第 4 列第 1 欄的追蹤修訂（已刪除）</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("word/document.xml", html, StringComparison.Ordinal);
        Assert.Contains("是（畫面上看不到，但會隨檔案送出）", html, StringComparison.Ordinal);
        Assert.Contains("僅有影像，需 OCR", html, StringComparison.Ordinal);
        Assert.Contains("個人資料保護法第2條", html, StringComparison.Ordinal);
        Assert.Contains("<th>文件編號</th><td>0123abcd</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("F152601819", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_escapes_what_documents_bring_and_loads_nothing_from_anywhere()
    {
        var html = ReportHtml.Render(Report);

        Assert.Contains("陳情書&lt;草稿&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<草稿>", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"<(script|img|link|iframe|object)\b|\b(src|href)\s*=", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public void Clean_document_says_it_can_be_sent()
    {
        var html = ReportHtml.Render(Report with { Verdict = Verdict.Release, Reasons = [], Findings = [], Problems = [] });

        Assert.Contains("可發出", html, StringComparison.Ordinal);
        Assert.Contains("發現（0 筆）", html, StringComparison.Ordinal);
        Assert.DoesNotContain("無法完整檢查", html, StringComparison.Ordinal);
    }
}
