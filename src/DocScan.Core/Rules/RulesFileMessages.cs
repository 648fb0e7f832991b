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
        if (ex.Path is not { Length: > 1 } path)
        {
            return At(name, line, $"格式錯誤：{ex.Message}");
        }

        var setting = path.TrimStart('$', '.');
        // The serializer says an unknown property only in its English message; the schema lists what is known.
        return ex.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? At(name, line, $"不認得的設定「{setting}」，可能拼錯了；可用的設定見 rules/rules.schema.json。")
            : At(name, line, $"設定 {setting} 的值無法讀取（型別不對或不認得的值）：{ex.Message}");
    }
}
