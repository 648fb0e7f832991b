using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

public sealed class WatchSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("要監看的資料夾（含子資料夾），例如機關的發文共用資料夾。")]
    public string Directory { get; init; } = "";

    [CommandOption("--out <DIR>")]
    [Description("報告寫到此資料夾（保留子資料夾結構）。省略時寫在文件旁：<檔名>.report.json 與 .report.html（只含遮蔽值）。")]
    public string? OutputDirectory { get; init; }

    [CommandOption("--state <FILE>")]
    [Description("記錄已掃描檔案的狀態檔（預設為報告資料夾中的 .docscan-watch.json）。重新啟動時依此略過已完成、未變更的檔案。")]
    public string? StateFile { get; init; }

    [CommandOption("--rules <FILE>")]
    [Description("機關規則檔（JSON）。")]
    public string? RulesFile { get; init; }

    [CommandOption("--once")]
    [Description("掃描目前尚未掃描的檔案後就結束（例如排程執行）。")]
    public bool Once { get; init; }

    [CommandOption("--interval <SECONDS>")]
    [Description("即使沒有收到變更通知，也每隔幾秒重新檢查資料夾（預設 5；網路共用資料夾常收不到通知）。")]
    [DefaultValue(5)]
    public int IntervalSeconds { get; init; } = 5;

    [CommandOption("--settle <SECONDS>")]
    [Description("檔案最後修改後須靜置幾秒才掃描（預設 2），避免讀到還在複製中的檔案。")]
    [DefaultValue(2)]
    public int SettleSeconds { get; init; } = 2;

    public override ValidationResult Validate()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return ValidationResult.Error($"找不到資料夾：{Directory}");
        }

        if (CommandInputs.CheckRulesFile(RulesFile) is { Successful: false } missingRules)
        {
            return missingRules;
        }

        return IntervalSeconds < 1 || SettleSeconds < 0 ? ValidationResult.Error("--interval 至少 1 秒，--settle 不能是負數。") : ValidationResult.Success();
    }
}
