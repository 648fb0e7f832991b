using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

public sealed class ScanSettings : CommandSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("要掃描的檔案或資料夾，可指定多個；資料夾會連同子資料夾全部掃描。支援 .docx/.docm/.xlsx/.xlsm/.pptx/.pptm、舊版 .doc/.xls/.ppt、ODF（.odt/.ods/.odp）、電子公文（.di/.sw，含附件的 zip 或資料夾視為一份公文）/.pdf/.eml/文字檔（UTF-8、UTF-16、Big5）/.zip，格式依內容判斷，不看副檔名。")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--json")]
    [Description("每份文件輸出一行 JSON 報告（給其他程式讀取），不顯示摘要與進度。")]
    public bool Json { get; init; }

    [CommandOption("--show-values")]
    [Description("在終端機輸出中顯示未遮蔽的原始值（僅供本機查核）。--out 寫出的報告檔永遠只存遮蔽值。")]
    public bool ShowValues { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("將每份文件的報告寫成 DIR/<檔名>.report.json（保留子資料夾結構；只含遮蔽值）。")]
    public string? OutputDirectory { get; init; }

    [CommandOption("--rules <FILE>")]
    [Description("機關規則檔（JSON）：允許清單、停用的偵測類型等。未指定時使用內建預設。")]
    public string? RulesFile { get; init; }

    [CommandOption("--language-endpoint <URL>")]
    [Description("啟用雲端個資辨識（Azure AI Language）：每份文件擷取出的文字會送到此端點分析，找出一般敘述中的姓名等。金鑰由環境變數 DocScan__Language__Key 提供；未提供時以 Entra ID 登入身分呼叫。也可用環境變數 DocScan__Language__Endpoint 指定。規則檔的 cloud 設定可禁止特定資料夾送出。")]
    public string? LanguageEndpoint { get; init; }

    public override ValidationResult Validate()
    {
        if (Paths.Length == 0)
        {
            return ValidationResult.Error("請至少指定一個要掃描的檔案或資料夾。");
        }

        return CommandInputs.CheckRulesFile(RulesFile);
    }
}
