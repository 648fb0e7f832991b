using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DocScan.Cli.Commands;

/// <summary>How a command that reads storage reaches it: the same choices as <c>docscan serve</c>.</summary>
public class StorageSettings : CommandSettings
{
    [CommandOption("--connection <STRING>")]
    [Description("儲存體連線字串。省略時依序使用環境變數 DocScanStorage，或 UseDevelopmentStorage=true（Azurite 預設埠）。")]
    public string? Connection { get; init; }

    [CommandOption("--account <NAME>")]
    [Description("改連 Azure 儲存體帳戶（名稱），以目前登入的 Entra ID 身分（az login、受控識別等）連線，不需金鑰。")]
    public string? Account { get; init; }

    public override ValidationResult Validate() =>
        Connection is not null && Account is not null ? ValidationResult.Error("--connection 與 --account 只能擇一。") : ValidationResult.Success();
}
