using DocScan.Cli.Scanning;
using DocScan.Core.Ocr;
using DocScan.Core.Scanning;
using DocScan.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

/// <summary><c>docscan eval</c>: scores the scanner on a labelled folder with <see cref="Evaluator"/> and prints the scores.</summary>
public sealed class EvalCommand(CliConsoles consoles) : AsyncCommand<EvalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        if (await CommandInputs.LoadRulesAsync(settings.RulesFile, consoles, cancellationToken) is not { } rules)
        {
            return DocScanApp.UsageError;
        }

        EvalResult result;
        try
        {
            var scanner = new DocumentScanner(new ScanOptions { Rules = rules, IncludeValues = true, Ocr = OcrSetup.Default() });
            result = await new Evaluator(scanner.ScanFileAsync).EvaluateAsync(settings.Folder, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            consoles.Errors.MarkupLine($"[red]標註檔有誤：[/]{Markup.Escape(ex.Message)}");
            return DocScanApp.UsageError;
        }

        if (result.Documents.Count == 0)
        {
            consoles.Errors.MarkupLine($"[red]錯誤：[/]{Markup.Escape(settings.Folder)} 沒有任何附 .expected.json 標註的文件。");
            return DocScanApp.UsageError;
        }

        var text = EvalReportWriter.Write(result);
        await consoles.RawOut.WriteAsync(text);
        if (settings.OutputFile is { } file)
        {
            await File.WriteAllTextAsync(file, text, new System.Text.UTF8Encoding(false), cancellationToken);
        }

        var thresholds = new EvalThresholds(settings.MinRecall, settings.MinPrecision, settings.MinVerdictAccuracy, settings.MinNameRecall, settings.MaxLookAlikes);
        var failures = thresholds.Failures(result);
        foreach (var failure in failures)
        {
            consoles.Errors.MarkupLine($"[red]未達門檻：[/]{Markup.Escape(failure)}");
        }

        return failures.Count == 0 ? 0 : 1;
    }
}
