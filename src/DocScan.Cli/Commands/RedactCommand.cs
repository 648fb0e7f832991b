using DocScan.Cli.Output;
using DocScan.Redaction;
using DocScan.Core.Scanning;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

/// <summary><c>docscan redact</c>: drafts every document with <see cref="DraftService"/> and writes the packages.</summary>
public sealed class RedactCommand(CliConsoles consoles) : AsyncCommand<RedactSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RedactSettings settings, CancellationToken cancellationToken)
    {
        if (await CommandInputs.LoadRulesAsync(settings.RulesFile, consoles, cancellationToken) is not { } rules)
        {
            return DocScanApp.UsageError;
        }

        var (documents, missing) = CommandInputs.ExpandPaths(settings.Paths, consoles);

        var options = new ScanOptions { Rules = rules };
        var service = new DraftService(new DocumentScanner(options));
        var files = new DraftFiles(settings.OutputDirectory);
        var results = new List<(string, DraftResult)>();
        var unreadable = 0;
        var tooLarge = 0;
        foreach (var document in documents)
        {
            byte[] content;
            try
            {
                if (new FileInfo(document.FullPath).Length > options.Limits.MaxDocumentBytes)
                {
                    consoles.Errors.MarkupLine($"[red]檔案過大，不產生草稿：[/]{Markup.Escape(document.DisplayPath)}");
                    tooLarge++;
                    continue;
                }

                content = await File.ReadAllBytesAsync(document.FullPath, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                consoles.Errors.MarkupLine($"[red]無法讀取：[/]{Markup.Escape(document.DisplayPath)}（{Markup.Escape(ex.Message)}）");
                unreadable++;
                continue;
            }

            var result = await service.CreateDraftsAsync(content, Path.GetFileName(document.FullPath), cancellationToken);
            await files.WriteAsync(document, result, cancellationToken);
            var folder = Path.GetDirectoryName(document.DisplayPath);
            results.Add((string.IsNullOrEmpty(folder) ? result.Source.Document.Name : Path.Combine(folder, result.Source.Document.Name), result));
        }

        new DraftRenderer(consoles.Out).Render(results);
        if (missing > 0 || unreadable > 0)
        {
            return DocScanApp.UsageError;
        }

        return tooLarge == 0 && results.All(r => r.Item2.Status is DraftStatus.Offered or DraftStatus.NotNeeded) ? 0 : 1;
    }
}
