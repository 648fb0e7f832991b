using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DocScan.Core.Policy;

namespace DocScan.Core.Reporting;

/// <summary>
/// The report as one page a records clerk reads: Traditional Chinese, masked values only, and
/// self-contained (no script, font, image or link to fetch), so it opens the same from blob storage,
/// a file share or an e-mail attachment, and leaks nothing by loading something.
/// </summary>
public static class ReportHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="details">Extra rows for the document table (label, value), e.g. the document id and where the copy went.</param>
    public static string Render(ScanReport report, IReadOnlyList<KeyValuePair<string, string>>? details = null)
    {
        var html = new StringBuilder();
        var name = Encode(report.Document.Name);
        html.Append($"""
            <!DOCTYPE html>
            <html lang="zh-Hant">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="referrer" content="no-referrer">
            <title>掃描報告：{name}</title>
            <style>{Style}</style>
            </head>
            <body>
            <h1>DocScan 掃描報告</h1>
            <p class="verdict {ReportJson.VerdictId(report.Verdict)}">判定：<strong>{Labels.Of(report.Verdict)}</strong>（{ReportJson.VerdictId(report.Verdict)}）</p>

            """);

        AppendDocument(html, report, details ?? []);
        AppendReasons(html, report.Reasons);
        AppendFindings(html, report.Findings);
        AppendProblems(html, report.Problems);
        html.Append("""
            <footer>本報告只列出遮蔽後的值；原始值不會存入報告或紀錄。</footer>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static void AppendDocument(StringBuilder html, ScanReport report, IReadOnlyList<KeyValuePair<string, string>> details)
    {
        html.Append("<h2>文件</h2>\n<table class=\"facts\">\n");
        Row(html, "文件名稱", report.Document.Name);
        Row(html, "格式", report.Document.Format);
        Row(html, "大小", $"{report.Document.Bytes.ToString("N0", CultureInfo.InvariantCulture)} 位元組");
        Row(html, "SHA-256", report.Document.Sha256);
        Row(html, "規則版本", report.RulesVersion);
        foreach (var (label, value) in details)
        {
            Row(html, label, value);
        }

        html.Append("</table>\n");
    }

    private static void AppendReasons(StringBuilder html, IReadOnlyList<Reason> reasons)
    {
        html.Append("<h2>判定理由</h2>\n");
        if (reasons.Count == 0)
        {
            html.Append("<p>未發現個人資料或機密內容，可以發出。</p>\n");
            return;
        }

        html.Append("<ul class=\"reasons\">\n");
        foreach (var reason in reasons)
        {
            html.Append("<li>").Append(Encode(reason.Message));
            if (reason.Basis.Count > 0)
            {
                html.Append("<br><span class=\"basis\">依據：").Append(Encode(string.Join("、", reason.Basis))).Append("</span>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AppendFindings(StringBuilder html, IReadOnlyList<ReportFinding> findings)
    {
        html.Append($"<h2>發現（{findings.Count} 筆）</h2>\n");
        if (findings.Count == 0)
        {
            html.Append("<p>無。</p>\n");
            return;
        }

        html.Append("<table class=\"findings\">\n<thead><tr><th>#</th><th>類型</th><th>遮蔽值</th><th>歸屬</th><th>位置</th><th>隱藏內容</th><th>信賴度</th></tr></thead>\n<tbody>\n");
        var number = 0;
        foreach (var finding in findings)
        {
            // Only the masked form: a stored page must never carry the value, whatever the scan was asked for.
            // Official and organisation data is listed apart in look: it does not decide the verdict.
            var classes = string.Join(' ', new[] { finding.Hidden ? "hidden" : "", finding.Role == Documents.FindingRole.Private ? "" : "public-role" }.Where(c => c.Length > 0));
            html.Append($"<tr{(classes.Length > 0 ? $" class=\"{classes}\"" : "")}><td>{++number}</td>")
                .Append($"<td>{Encode(Labels.OfFinding(finding))}</td>")
                .Append($"<td class=\"masked\">{Encode(finding.Masked)}</td>")
                .Append($"<td class=\"role role-{ReportJson.RoleId(finding.Role)}\">{Encode(Labels.Of(finding.Role))}</td>")
                .Append($"<td>{Encode(LocationWords.Of(finding.Location))}</td>")
                .Append($"<td>{(finding.Hidden ? "是（畫面上看不到，但會隨檔案送出）" : "否")}</td>")
                .Append($"<td>{finding.Confidence.ToString("P0", CultureInfo.InvariantCulture)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendProblems(StringBuilder html, IReadOnlyList<Extraction.ScanProblem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        html.Append("<h2>無法完整檢查的部分</h2>\n<ul class=\"problems\">\n");
        foreach (var problem in problems)
        {
            html.Append($"<li><strong>{Encode(Labels.OfProblem(problem.Code))}</strong>（{Encode(problem.Code)}）：{Encode(problem.Message)}</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append($"<tr><th>{Encode(label)}</th><td>{Encode(value)}</td></tr>\n");

    private static string Encode(string text) => Encoder.Encode(text);

    private const string Style = """
        body{font-family:"Noto Sans CJK TC","Microsoft JhengHei","PingFang TC",sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222;line-height:1.6}
        h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.5em;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
        table.facts th{width:9em;background:#f5f5f5;white-space:nowrap}td{word-break:break-all}
        .verdict{font-size:1.2em;padding:.5em 1em;border-radius:.3em;display:inline-block}
        .release{background:#e3f4e3}.redact{background:#fff4cc}.dual-draft{background:#ffe3c2}.review{background:#ffd6d6}.block{background:#b00020;color:#fff}
        .masked{font-family:monospace}tr.hidden{background:#fff8e1}tr.public-role{color:#555;background:#f3f6fa}.basis{color:#555;font-size:.9em}
        footer{margin-top:2em;color:#666;font-size:.9em}
        """;
}
