using Azure;
using DocScan.Storage;
using DocScan.Storage.Audit;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

/// <summary><c>docscan audit verify</c>: checks the hash chain; exit code 1 and the broken entries when it does not hold.</summary>
public sealed class AuditVerifyCommand(CliConsoles consoles) : AsyncCommand<AuditSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AuditSettings settings, CancellationToken cancellationToken)
    {
        var log = new AuditLog(CommandStorage.Connect(settings), new ContainerNames { Audit = settings.Container }, TimeProvider.System);
        AuditVerification result;
        try
        {
            result = await log.VerifyAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException or HttpRequestException)
        {
            consoles.Errors.MarkupLine($"[red]無法讀取稽核紀錄：[/]{Markup.Escape(ex.Message.Split('\n')[0])}");
            return DocScanApp.UsageError;
        }

        if (result.IsIntact)
        {
            consoles.Out.MarkupLine($"稽核紀錄完整：{result.Entries} 筆，雜湊鏈未中斷。");
            return 0;
        }

        consoles.Out.MarkupLine($"[red]稽核紀錄遭竄改：[/]共 {result.Entries} 筆，{result.Breaks.Count} 處不符。");
        foreach (var broken in result.Breaks)
        {
            var sequence = broken.Sequence is { } s ? $"第 {s} 筆" : "無法解讀的紀錄";
            consoles.Out.MarkupLine(Markup.Escape($"{broken.Blob} 第 {broken.Line} 行（{sequence}）：{broken.Message}"));
        }

        return 1;
    }
}
