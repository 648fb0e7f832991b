using DocScan.Cli.Scanning;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;
using Spectre.Console;

namespace DocScan.Cli.Output;

/// <summary>The terminal summary: one row per document (verdict, findings per type, where, problems), then totals.</summary>
internal sealed class SummaryRenderer(IAnsiConsole console, bool showValues)
{
    private const int MaxDetailsPerDocument = 20;

    public void Render(IReadOnlyList<BatchItem> items)
    {
        var reports = items.Where(i => i.Report is not null).ToList();
        if (reports.Count == 0)
        {
            console.MarkupLine("[yellow]沒有可掃描的文件。[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("判定");
        table.AddColumn("文件");
        table.AddColumn("發現");
        table.AddColumn("位置與問題");
        foreach (var item in reports)
        {
            var report = item.Report!;
            table.AddRow(
                new Markup(VerdictMarkup(report.Verdict)),
                new Text(DisplayName(item)),
                new Text(Counts(report)),
                new Text(Where(report)));
        }

        console.Write(table);
        RenderProblems(reports);
        if (showValues)
        {
            RenderValues(reports);
        }

        var totals = reports.GroupBy(r => r.Report!.Verdict).OrderByDescending(g => g.Key)
            .Select(g => $"{VerdictMarkup(g.Key)} {g.Count()}");
        console.MarkupLine($"共掃描 {reports.Count} 份文件：{string.Join("、", totals)}");
    }

    /// <summary>The file name as the report shows it: IDs in names are masked like any other value.</summary>
    internal static string DisplayName(BatchItem item)
    {
        var folder = Path.GetDirectoryName(item.Path.DisplayPath);
        return string.IsNullOrEmpty(folder) ? item.Report!.Document.Name : Path.Combine(folder, item.Report!.Document.Name);
    }

    private static string VerdictMarkup(Verdict verdict)
    {
        var colour = verdict switch
        {
            Verdict.Release => "green",
            Verdict.Redact => "yellow",
            Verdict.DualDraft => "orange1",
            Verdict.Review => "red",
            _ => "white on red",
        };
        return $"[{colour}]{Labels.Of(verdict)} {Markup.Escape(ReportJson.VerdictId(verdict))}[/]";
    }

    private static string Counts(ScanReport report) =>
        report.Findings.Count == 0
            ? "—"
            : string.Join("\n", report.Findings.GroupBy(f => f.Type).Select(g => $"{Labels.OfFinding(g.First())} ×{g.Count()}"));

    private static string Where(ScanReport report)
    {
        var lines = new List<string>();
        if (report.Findings.Count > 0)
        {
            lines.Add(string.Join("、", report.Findings
                .GroupBy(f => f.Location.Source)
                .Select(g => $"{Labels.OfSource(g.Key)}{(g.Any(f => f.Hidden) ? "（隱藏）" : "")}")));
        }

        lines.AddRange(report.Problems.Select(p => p.Code).Distinct().Select(code => $"⚠ {Labels.OfProblem(code)}"));
        return lines.Count == 0 ? "—" : string.Join("\n", lines);
    }

    // Messages are sentences; in a table column they would wrap into a narrow tower.
    private void RenderProblems(IEnumerable<BatchItem> reports)
    {
        var withProblems = reports.Where(r => r.Report!.Problems.Count > 0).ToList();
        if (withProblems.Count == 0)
        {
            return;
        }

        console.MarkupLine("[bold]無法完整檢查的文件（須人工確認）：[/]");
        foreach (var item in withProblems)
        {
            console.MarkupLine($"  {Markup.Escape(DisplayName(item))}");
            foreach (var problem in item.Report!.Problems)
            {
                console.MarkupLine($"    [red]⚠[/] {Markup.Escape(problem.Message)}");
            }
        }
    }

    private void RenderValues(IEnumerable<BatchItem> reports)
    {
        foreach (var item in reports.Where(r => r.Report!.Findings.Count > 0))
        {
            console.MarkupLine($"[bold]{Markup.Escape(DisplayName(item))}[/]");
            var findings = item.Report!.Findings;
            foreach (var finding in findings.Take(MaxDetailsPerDocument))
            {
                console.MarkupLine(Markup.Escape(
                    $"  {Labels.OfFinding(finding)} {finding.Value ?? finding.Masked}  {LocationWords.Of(finding.Location)}"));
            }

            if (findings.Count > MaxDetailsPerDocument)
            {
                console.MarkupLine($"  … 另有 {findings.Count - MaxDetailsPerDocument} 筆");
            }
        }
    }
}
