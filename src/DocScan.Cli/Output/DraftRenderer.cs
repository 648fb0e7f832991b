using DocScan.Redaction;
using DocScan.Core.Reporting;
using Spectre.Console;

namespace DocScan.Cli.Output;

/// <summary>The terminal summary of <c>docscan redact</c>: one row per document, then what was done and what stopped a draft.</summary>
internal sealed class DraftRenderer(IAnsiConsole console)
{
    public void Render(IReadOnlyList<(string Display, DraftResult Result)> results)
    {
        if (results.Count == 0)
        {
            console.MarkupLine("[yellow]沒有可處理的文件。[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("判定");
        table.AddColumn("文件");
        table.AddColumn("草稿");
        table.AddColumn("檔案");
        foreach (var (display, result) in results)
        {
            table.AddRow(
                new Text(Labels.Of(result.Verdict)),
                new Text(display),
                new Markup(StatusMarkup(result.Status)),
                new Text(string.Join("\n", result.Files.Select(f => f.Path))));
        }

        console.Write(table);
        foreach (var (display, result) in results.Where(r => r.Result.Notes.Count + r.Result.Problems.Count > 0))
        {
            console.MarkupLine($"[bold]{Markup.Escape(display)}[/]");
            foreach (var note in result.Notes)
            {
                console.MarkupLine($"  · {Markup.Escape(note)}");
            }

            foreach (var problem in result.Problems)
            {
                console.MarkupLine($"  [red]✗[/] {Markup.Escape(problem)}");
            }

            foreach (var survivor in result.Survivors)
            {
                var finding = survivor.Finding;
                console.MarkupLine($"  [red]  仍有[/] {Markup.Escape(finding.Type)} {Markup.Escape(finding.Masked)}：" +
                    $"{Markup.Escape(survivor.File)} {Markup.Escape(LocationWords.Of(finding.Location))}");
            }
        }

        var offered = results.Count(r => r.Result.Status == DraftStatus.Offered);
        console.MarkupLine($"共 {results.Count} 份文件，產生 {offered} 份可供審核的草稿。");
    }

    private static string StatusMarkup(DraftStatus status) => status switch
    {
        DraftStatus.Offered => "[green]已產生，待審核[/]",
        DraftStatus.NotNeeded => "不需遮蔽",
        DraftStatus.Refused => "[red]不產生草稿[/]",
        _ => "[yellow]須人工遮蔽[/]",
    };
}
