using DocScan.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli;

/// <summary>The <c>docscan</c> command line: commands are thin, the work is in DocScan.Core.</summary>
public static class DocScanApp
{
    /// <summary>Usage errors and unreadable paths.</summary>
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, TextReader? stdin = null)
    {
        var console = CreateConsole(stdout);
        var errors = CreateConsole(stderr);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("docscan");
            config.ConfigureConsole(console);
            config.Settings.Registrar.RegisterInstance(new CliConsoles(console, errors, stdout, stdin ?? Console.In));
            config.PropagateExceptions();
            config.SetHelpProvider(new DocScanHelpProvider(config.Settings));
            config.AddCommand<ScanCommand>("scan")
                .WithDescription("掃描檔案與資料夾（含子資料夾），找出個人資料與機密內容，逐份判定能否發出。不需 Azure 或伺服器。結束碼：0 = 全部可發出（release）；1 = 有文件須處理（遮蔽、分稿、人工確認或禁止發出）；2 = 用法錯誤或路徑無法讀取。")
                .WithExample("scan", "sample-docs")
                .WithExample("scan", "公文.docx", "附件.zip", "--out", "reports")
                .WithExample("scan", "outbound", "--json");
            config.AddCommand<WatchCommand>("watch")
                .WithDescription("監看資料夾（例如發文共用資料夾）：每個新出現或變更的檔案都會掃描，報告寫在文件旁或 --out 資料夾。已掃描且未變更的檔案記錄在狀態檔，重新啟動後不會重掃。按 Ctrl+C 停止。")
                .WithExample("watch", "發文")
                .WithExample("watch", "/mnt/share/outbound", "--out", "/mnt/share/reports")
                .WithExample("watch", "發文", "--once");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("本機主機：以 Azure WebJobs SDK 執行與 Azure Functions 相同的 blob 觸發程序，掃描放入 outbound 容器的每份文件，報告寫入 reports，副本依判定放入 released／review／quarantine；並在 --urls（預設 http://localhost:7080）提供審核網頁與上傳、審核 API。連線 Azurite 或 Azure 的方法見 docscan serve --help。")
                .WithExample("serve", "--create-containers", "--users", "users.json")
                .WithExample("serve", "--connection", "UseDevelopmentStorage=true", "--sweep-interval", "60")
                .WithExample("serve", "--account", "stdocscan1234");
            config.AddCommand<RedactCommand>("redact")
                .WithDescription("為須遮蔽（redact）與須分稿（dual-draft）的文件產生草稿：遮蔽稿以原格式遮蔽個資（PDF 真正移除文字並畫黑框），雙稿另產生內部完整稿與委員代號對照表；每份草稿都再掃描一次，仍有個資者不提供。結束碼：0 = 每份文件都有草稿或不需遮蔽；1 = 有文件須人工處理；2 = 用法錯誤或路徑無法讀取。")
                .WithExample("redact", "職務報告.docx")
                .WithExample("redact", "outbound", "--out", "drafts", "--rules", "rules.json");
            config.AddCommand<EvalCommand>("eval")
                .WithDescription("以已標註的資料夾評估偵測效果：逐份掃描（不寫出任何原始值），與每份文件旁的 <檔名>.expected.json 比對，列出各類型的召回率與精確率、姓名召回率、判定正確率與混淆表、被誤標的相似值，以及最差的文件。結束碼：0 = 完成（或達到 --min-* 門檻）；1 = 未達門檻；2 = 用法錯誤或標註檔有誤。")
                .WithExample("eval", "bench/out/eval-corpus")
                .WithExample("eval", "評估資料夾", "--rules", "rules.json", "--out", "eval.txt", "--min-recall", "0.9");
            config.AddBranch("users", users =>
            {
                users.SetDescription("docscan serve 審核網頁的本機使用者（Azure 上改由 Entra ID 登入與應用程式角色決定）。");
                users.AddCommand<UsersAddCommand>("add")
                    .WithDescription("新增或更新一位使用者與其角色；密碼只以 PBKDF2 雜湊值存放。")
                    .WithExample("users", "add", "王淑芬", "--role", "reviewer", "--file", "users.json");
            });
            config.AddBranch("audit", audit =>
            {
                audit.SetDescription("稽核紀錄：審核人員的每個決定與每次檢視未遮蔽資料都記錄在 audit 容器，每筆帶有前一筆的雜湊值，無法不留痕跡地修改或刪除。");
                audit.AddCommand<AuditExportCommand>("export")
                    .WithDescription("把一段期間的稽核紀錄匯出成 CSV，供定期稽核。")
                    .WithExample("audit", "export", "--from", "2026-01-01", "--to", "2026-03-31", "--out", "稽核紀錄.csv");
                audit.AddCommand<AuditVerifyCommand>("verify")
                    .WithDescription("檢查整條雜湊鏈：結束碼 0 = 完整；1 = 有紀錄遭修改、刪除或插入（列出是哪一筆）；2 = 無法讀取。")
                    .WithExample("audit", "verify", "--account", "stdocscan1234");
            });
        });

        try
        {
            return await app.RunAsync(args, cancellationToken).ConfigureAwait(false);
        }
        catch (CommandAppException ex)
        {
            errors.MarkupLine($"[red]錯誤：[/]{Markup.Escape(ex.Message)}");
            errors.MarkupLine("請執行 [bold]docscan --help[/] 或 [bold]docscan scan --help[/] 查看用法。");
            return UsageError;
        }
    }

    private static IAnsiConsole CreateConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            // Colour only where a person is looking; pipes and files get plain text.
            Ansi = IsTerminal(writer) ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Detect,
        });
        if (!IsTerminal(writer))
        {
            // A file or pipe has no width: don't fold sentences at 80 columns for it.
            console.Profile.Width = 200;
        }

        return console;
    }

    private static bool IsTerminal(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected
        || ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;
}

/// <summary>
/// Where a command writes: results to <see cref="Out"/> (or raw lines to <see cref="RawOut"/>), progress and errors to <see cref="Errors"/>;
/// piped input (a password for a script) comes from <see cref="In"/>.
/// </summary>
public sealed record CliConsoles(IAnsiConsole Out, IAnsiConsole Errors, TextWriter RawOut, TextReader In);
