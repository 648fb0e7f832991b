using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

public sealed class RedactSettings : CommandSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("要產生遮蔽稿的檔案或資料夾，可指定多個；資料夾會連同子資料夾全部處理。")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--out <DIR>")]
    [Description("草稿寫入的資料夾（預設 drafts）：release/ 為審核後可發出的草稿，internal/ 為內部留存（雙稿的完整稿與委員代號對照表），<檔名>.draft.json 說明做了什麼、為何未提供草稿。保留子資料夾結構。")]
    public string OutputDirectory { get; init; } = "drafts";

    [CommandOption("--rules <FILE>")]
    [Description("機關規則檔（JSON）：遮蔽方式（○○○、＊ 或〔類別〕）、是否保留身分證號前後三碼、評選委員名單等。未指定時使用內建預設。")]
    public string? RulesFile { get; init; }

    public override ValidationResult Validate()
    {
        if (Paths.Length == 0)
        {
            return ValidationResult.Error("請至少指定一個要產生遮蔽稿的檔案或資料夾。");
        }

        return CommandInputs.CheckRulesFile(RulesFile);
    }
}
