using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace DocScan.Cli;

/// <summary>Spectre's help, with a how-to under a command's own help page where a one-line description is not enough.</summary>
internal sealed class DocScanHelpProvider(ICommandAppSettings settings) : HelpProvider(settings)
{
    private const string ServeGuide = """

        連線 Azurite（本機模擬的 Azure 儲存體）：
          1. 啟動 Azurite：npx azurite@3.37.0 --skipApiVersionCheck --inMemoryPersistence
             （本專案執行 npm ci 後即有 node_modules/.bin/azurite）
          2. docscan serve --create-containers
             預設連線為 UseDevelopmentStorage=true，即 Azurite 的預設埠 10000（blob）與 10001（queue）。
             Azurite 用其他埠時，以 --connection 指定含 BlobEndpoint 與 QueueEndpoint 的連線字串。
          3. 上傳文件到 outbound 容器（可有子資料夾，例如 outbound/人事室/公文.docx），數秒內
             reports 容器出現 {文件編號}.json 與 .html，副本依判定放入 released、review 或 quarantine。

        連線 Azure：--account <儲存體帳戶名稱>，以登入的 Entra ID 身分（az login）連線，不需金鑰。
        也可用與 Functions 應用程式設定同名的環境變數：DocScanStorage（連線字串）或
        DocScanStorage__accountName。主機本身的狀態（blob 收據、內部佇列）存在同一個帳戶。
        """;

    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command)
    {
        foreach (var renderable in base.GetFooter(model, command))
        {
            yield return renderable;
        }

        if (command?.Name == "serve")
        {
            yield return new Text(ServeGuide + Environment.NewLine);
        }
    }
}
