using Azure;
using DocScan.Storage;
using DocScan.Storage.Audit;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

/// <summary><c>docscan audit export</c>: the audit log of a period as CSV, for the periodic review.</summary>
public sealed class AuditExportCommand(CliConsoles consoles) : AsyncCommand<AuditExportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AuditExportSettings settings, CancellationToken cancellationToken)
    {
        var log = new AuditLog(CommandStorage.Connect(settings), new ContainerNames { Audit = settings.Container }, TimeProvider.System);
        var path = Path.GetFullPath(settings.Out!);
        int count;
        try
        {
            await using var file = File.Create(path);
            count = await AuditCsv.WriteAsync(log.ReadAsync(settings.FromTime, settings.ToTime, cancellationToken), file, cancellationToken);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException or HttpRequestException or IOException or UnauthorizedAccessException)
        {
            consoles.Errors.MarkupLine($"[red]無法匯出：[/]{Markup.Escape(ex.Message.Split('\n')[0])}");
            return DocScanApp.UsageError;
        }

        consoles.Errors.MarkupLine($"已匯出 {count} 筆稽核紀錄到 {Markup.Escape(path)}。");
        return 0;
    }
}
