using DocScan.Cli.Output;
using DocScan.Cli.Scanning;
using DocScan.Core.Ocr;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

/// <summary><c>docscan scan</c>: expands the paths, scans them with <see cref="BatchScanner"/>, prints and files the reports.</summary>
public sealed class ScanCommand(CliConsoles consoles) : AsyncCommand<ScanSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ScanSettings settings, CancellationToken cancellationToken)
    {
        if (await CommandInputs.LoadRulesAsync(settings.RulesFile, consoles, cancellationToken) is not { } rules)
        {
            return DocScanApp.UsageError;
        }

        if (!CloudRecognition.TryCreate(settings, consoles, out var recognizers))
        {
            return DocScanApp.UsageError;
        }

        var (documents, missing) = CommandInputs.ExpandPaths(settings.Paths, consoles);

        var scanner = new DocumentScanner(new ScanOptions { Rules = rules, IncludeValues = settings.ShowValues, Recognizers = recognizers, Ocr = OcrSetup.Default() });
        var files = settings.OutputDirectory is null ? null : new ReportFiles(settings.OutputDirectory);
        var summary = settings.Json ? null : new SummaryRenderer(consoles.Out, settings.ShowValues);
        var results = new List<BatchItem>();

        await ProgressDisplay.RunAsync(consoles.Errors, documents.Count, enabled: !settings.Json, async advance =>
        {
            await foreach (var item in new BatchScanner(scanner).ScanAsync(documents, cancellationToken))
            {
                results.Add(item);
                advance(item.Path.DisplayPath);
                if (item.Report is { } report)
                {
                    if (files is not null)
                    {
                        await files.WriteAsync(item.Path, report, cancellationToken);
                    }

                    if (settings.Json)
                    {
                        await consoles.RawOut.WriteLineAsync(ReportJson.Serialize(report, indented: false));
                    }
                }
                else
                {
                    consoles.Errors.MarkupLine($"[red]無法讀取：[/]{Markup.Escape(item.Path.DisplayPath)}（{Markup.Escape(item.ReadError ?? "")}）");
                }
            }
        });

        summary?.Render(results);
        if (missing > 0 || results.Any(r => r.Report is null))
        {
            return DocScanApp.UsageError;
        }

        return results.All(r => r.Report!.Verdict == Verdict.Release) ? 0 : 1;
    }
}
