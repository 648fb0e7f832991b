using DocScan.Cli.Watching;
using DocScan.Core.Ocr;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

/// <summary><c>docscan watch</c>: scans every file that appears in a folder, one line per document, until Ctrl+C (or once).</summary>
public sealed class WatchCommand(CliConsoles consoles) : AsyncCommand<WatchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WatchSettings settings, CancellationToken cancellationToken)
    {
        if (await CommandInputs.LoadRulesAsync(settings.RulesFile, consoles, cancellationToken) is not { } rules)
        {
            return DocScanApp.UsageError;
        }

        var watcher = new FolderWatcher(new DocumentScanner(new ScanOptions { Rules = rules, Ocr = OcrSetup.Default() }), new WatchOptions
        {
            Directory = settings.Directory,
            OutputDirectory = settings.OutputDirectory,
            StateFile = settings.StateFile,
            PollInterval = TimeSpan.FromSeconds(settings.IntervalSeconds),
            SettleTime = TimeSpan.FromSeconds(settings.SettleSeconds),
        });
        watcher.Scanned += Print;

        if (settings.Once)
        {
            await watcher.ScanPendingAsync(waitForSettle: false, cancellationToken);
            return 0;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            consoles.Errors.MarkupLine($"監看 {Markup.Escape(Path.GetFullPath(settings.Directory))}（已完成 {watcher.State.Count} 份）。按 Ctrl+C 停止。");
            await watcher.RunAsync(stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        return 0;
    }

    private void Print(WatchedReport item)
    {
        var report = item.Report;
        var folder = Path.GetDirectoryName(item.Path);
        var name = string.IsNullOrEmpty(folder) ? report.Document.Name : Path.Combine(folder, report.Document.Name);
        var problems = report.Problems.Count > 0 ? $"，{report.Problems.Count} 個無法完整檢查的部分" : "";
        consoles.RawOut.WriteLine($"{DateTime.Now:HH:mm:ss} {Labels.Of(report.Verdict)} {ReportJson.VerdictId(report.Verdict)} {name}（{report.Findings.Count} 筆發現{problems}）→ {item.ReportFile}");
        consoles.RawOut.Flush();
    }
}
