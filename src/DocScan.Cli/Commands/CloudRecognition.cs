using DocScan.Core.Detection.Recognition;
using DocScan.Language.Recognition;
using Spectre.Console;

namespace DocScan.Cli.Commands;

/// <summary>
/// The optional Azure AI Language recognizer for <c>docscan scan</c>: on only when an endpoint is given
/// (<c>--language-endpoint</c> or the app setting's environment variable), and then said out loud,
/// since document text leaves the machine.
/// </summary>
internal static class CloudRecognition
{
    public static bool TryCreate(ScanSettings settings, CliConsoles consoles, out IReadOnlyList<IAsyncDocumentRecognizer> recognizers)
    {
        recognizers = [];
        LanguageRecognizerSettings? language;
        try
        {
            language = LanguageRecognizerSettings.FromConfiguration(name =>
                name == LanguageRecognizerSettings.EndpointSetting && settings.LanguageEndpoint is { } endpoint
                    ? endpoint
                    : Environment.GetEnvironmentVariable(name.Replace(":", "__", StringComparison.Ordinal)));
        }
        catch (ArgumentException ex)
        {
            consoles.Errors.MarkupLine($"[red]錯誤：[/]{Markup.Escape(ex.Message)}");
            return false;
        }

        if (language is null)
        {
            return true;
        }

        consoles.Errors.MarkupLine(
            $"[yellow]注意：[/]已啟用雲端個資辨識，每份文件擷取出的文字會送到 {Markup.Escape(language.Endpoint.Host)} 分析" +
            $"（{(language.Key is null ? "以 Entra ID 身分驗證" : "以金鑰驗證")}；規則檔的 cloud 設定可禁止特定文件送出）。");
        recognizers = [language.CreateRecognizer()];
        return true;
    }
}
