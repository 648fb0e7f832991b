using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

public sealed class EvalSettings : CommandSettings
{
    [CommandArgument(0, "<FOLDER>")]
    [Description("已標註的資料夾：每份文件旁有一個 <檔名>.expected.json，寫明應有的判定、應找出的值（含角色）與不得標記的相似值。格式見 docs/evaluation.md。")]
    public string Folder { get; init; } = "";

    [CommandOption("--rules <FILE>")]
    [Description("機關規則檔（JSON），與 docscan scan 相同。未指定時使用內建預設。")]
    public string? RulesFile { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("另將分數寫入此文字檔（只含遮蔽值）。")]
    public string? OutputFile { get; init; }

    [CommandOption("--min-recall <RATIO>")]
    [Description("整體召回率（recall）低於此值時結束碼為 1，例如 0.90。")]
    public double? MinRecall { get; init; }

    [CommandOption("--min-precision <RATIO>")]
    [Description("整體精確率（precision）低於此值時結束碼為 1。")]
    public double? MinPrecision { get; init; }

    [CommandOption("--min-verdict-accuracy <RATIO>")]
    [Description("判定正確率低於此值時結束碼為 1。")]
    public double? MinVerdictAccuracy { get; init; }

    [CommandOption("--min-name-recall <RATIO>")]
    [Description("姓名（person-name）召回率低於此值時結束碼為 1。")]
    public double? MinNameRecall { get; init; }

    [CommandOption("--max-look-alikes <COUNT>")]
    [Description("被誤標的相似值超過此數時結束碼為 1（0 = 一個都不可以）。")]
    public int? MaxLookAlikes { get; init; }

    public override ValidationResult Validate()
    {
        if (!Directory.Exists(Folder))
        {
            return ValidationResult.Error($"找不到資料夾：{Folder}");
        }

        return CommandInputs.CheckRulesFile(RulesFile);
    }
}
