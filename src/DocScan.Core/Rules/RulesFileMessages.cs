using System.Text.Json;

namespace DocScan.Core.Rules;

/// <summary>How a refused rules file is explained: the file, the line, and what to change, in the clerk's language.</summary>
internal static class RulesFileMessages
{
    public static string At(string name, int? line, string message) =>
        line is { } l ? $"規則檔 {name} 第 {l} 行：{message}" : $"規則檔 {name}：{message}";

    /// <summary>The deserializer's complaint, with the line it gives (counted from 0) and the setting it names.</summary>
    public static string Unreadable(string name, JsonException ex)
    {
        var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
        return ex.Path is { Length: > 1 } path
            ? At(name, line, $"設定 {path.TrimStart('$', '.')} 無法讀取（拼錯的設定名稱、型別不對，或不認得的值）：{ex.Message}")
            : At(name, line, $"格式錯誤：{ex.Message}");
    }
}
