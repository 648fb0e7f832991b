using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

public sealed class ServeSettings : CommandSettings
{
    [CommandOption("--connection <STRING>")]
    [Description("儲存體連線字串。省略時依序使用環境變數 DocScanStorage，或 UseDevelopmentStorage=true（Azurite 預設埠 10000–10002）。Azurite 用其他埠時例如：\"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=<Azurite 公開的開發金鑰>;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1\"。")]
    public string? Connection { get; init; }

    [CommandOption("--account <NAME>")]
    [Description("改連 Azure 儲存體帳戶（名稱），以目前登入的 Entra ID 身分（az login、受控識別等）連線，不需金鑰。")]
    public string? Account { get; init; }

    [CommandOption("--create-containers")]
    [Description("先建立 outbound、reports、released、review、quarantine、audit 容器。只用於 Azurite 或自己的測試帳戶；正式環境的容器由 infra/ 部署建立。")]
    public bool CreateContainers { get; init; }

    [CommandOption("--rules <FILE>")]
    [Description("機關規則檔（JSON）。規則版本改變後，定期清查會以新規則重新掃描舊報告的文件。")]
    public string? RulesFile { get; init; }

    [CommandOption("--sweep-interval <SECONDS>")]
    [Description("定期清查的間隔秒數（預設 60；0 = 不清查）：補掃沒有報告的文件（觸發程序偶爾會漏掉同一瞬間寫入的檔案），以及以舊規則判定的文件。啟動時先清查一次。")]
    [DefaultValue(60)]
    public int SweepIntervalSeconds { get; init; } = 60;

    [CommandOption("--sweep-min-age <SECONDS>")]
    [Description("清查略過上傳未滿此秒數的文件（預設 60），留給觸發程序處理。")]
    [DefaultValue(60)]
    public int SweepMinimumAgeSeconds { get; init; } = 60;

    [CommandOption("--urls <URLS>")]
    [Description("審核網頁與 HTTP API 的位址（預設 http://localhost:7080，多個以 ; 分隔）；瀏覽器開啟此位址即可審核。設為 none 則不提供網頁。")]
    [DefaultValue("http://localhost:7080")]
    public string Urls { get; init; } = "http://localhost:7080";

    [CommandOption("--users <FILE>")]
    [Description("可登入審核網頁的使用者檔（以 docscan users add 建立，密碼只存雜湊值）。未指定時沒有人能登入。")]
    public string? UsersFile { get; init; }

    [CommandOption("--max-attempts <N>")]
    [Description("同一份文件最多嘗試掃描幾次（預設 5），仍失敗則隔離到 quarantine 並寫出說明原因的報告。")]
    [DefaultValue(5)]
    public int MaxAttempts { get; init; } = 5;

    public override ValidationResult Validate()
    {
        if (Connection is not null && Account is not null)
        {
            return ValidationResult.Error("--connection 與 --account 只能擇一。");
        }

        if (CommandInputs.CheckRulesFile(RulesFile) is { Successful: false } missingRules)
        {
            return missingRules;
        }

        if (UsersFile is not null && !File.Exists(UsersFile))
        {
            return ValidationResult.Error($"找不到使用者檔：{UsersFile}（以 docscan users add 建立）");
        }

        if (SweepIntervalSeconds < 0 || SweepMinimumAgeSeconds < 0)
        {
            return ValidationResult.Error("秒數不能是負數。");
        }

        return MaxAttempts is < 1 or > 20 ? ValidationResult.Error("--max-attempts 須介於 1 到 20。") : ValidationResult.Success();
    }
}
