using System.Text.RegularExpressions;
using DocScan.Core.Detection;

namespace DocScan.Core.Rules;

/// <summary>
/// What a rules file must get right beyond its JSON shape. Every check guards against a mistake that would
/// otherwise pass silently and let text leave: a misspelt type that switches nothing off, a mangled digest that
/// allows nothing, an empty path pattern. Each message names the place and its line.
/// </summary>
internal sealed partial class RulesFileCheck(ScanRules rules, string name, IReadOnlyDictionary<string, int> lines)
{
    public void ThrowIfInvalid()
    {
        CheckNotNull();
        CheckCustomTypes();
        CheckTypeNames("types", rules.Types.Keys);
        CheckTypeNames("policy", rules.Policy.Keys);
        CheckCloud(rules.Cloud);
        CheckAllow("allow", rules.Allow);
        foreach (var (type, settings) in rules.Types)
        {
            CheckAllow($"types.{type}.allow", settings.Allow);
            CheckPatterns($"types.{type}.patterns", settings.Patterns);
        }
    }

    // JSON null where a list or a section belongs would only fail later, in the middle of a scan.
    private void CheckNotNull()
    {
        if (rules.Types is null || rules.Policy is null || rules.Custom is null)
        {
            Fail(rules.Types is null ? "types" : rules.Policy is null ? "policy" : "custom", "types、policy 與 custom 不可為 null。");
        }

        foreach (var type in rules.Types.Where(t => t.Value is null).Select(t => t.Key))
        {
            Fail($"types.{type}", $"types 之下的「{type}」不可為 null；要關閉它請寫 {{ \"enabled\": false }}。");
        }

        for (var i = 0; i < rules.Custom.Count; i++)
        {
            if (rules.Custom[i] is null)
            {
                Fail($"custom[{i}]", "custom 不可有 null 項目。");
            }
        }
    }

    private void CheckCustomTypes()
    {
        var custom = rules.Custom;
        for (var i = 0; i < custom.Count; i++)
        {
            var path = $"custom[{i}]";
            var type = custom[i];
            if (!IdShape().IsMatch(type.Id ?? ""))
            {
                Fail(path, $"自訂類型的 id「{type.Id}」須為小寫英文字母、數字，以連字號分隔，例如 social-welfare-case。");
            }

            if (FindingCatalogue.Contains(type.Id!) || custom.Take(i).Any(c => c.Id == type.Id))
            {
                Fail(path, $"自訂類型的 id「{type.Id}」已經有了；要調整內建類型，請寫在 types 之下。");
            }

            if (string.IsNullOrWhiteSpace(type.Label))
            {
                Fail(path, $"自訂類型「{type.Id}」須有 label（給承辦人看的名稱，例如 社福個案編號）。");
            }

            if (type.Patterns is not { Count: > 0 })
            {
                Fail(path, $"自訂類型「{type.Id}」須至少有一個 patterns，否則什麼也找不到。");
            }

            CheckPatterns($"{path}.patterns", type.Patterns);
        }
    }

    // A misspelt type would switch nothing off and change no verdict, with nobody told.
    private void CheckTypeNames(string section, IEnumerable<string> types)
    {
        foreach (var type in types.Where(t => !rules.IsKnownType(t)))
        {
            Fail($"{section}.{type}", $"{section} 之下的「{type}」不是認得的偵測類型。認得的類型有：{KnownTypes()}。");
        }
    }

    private void CheckPatterns(string path, IReadOnlyList<PatternRule>? patterns)
    {
        if (patterns is null)
        {
            Fail(path, "patterns 不可為 null。");
        }

        for (var i = 0; i < patterns.Count; i++)
        {
            var at = $"{path}[{i}]";
            var pattern = patterns[i];
            if (string.IsNullOrEmpty(pattern?.Regex))
            {
                Fail(at, "regex 不可空白。");
            }

            try
            {
                _ = pattern.Compiled;
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
            {
                Fail($"{at}.regex", $"regex「{pattern.Regex}」無法使用（須為 .NET 正規表示式，且不可用回溯參照或前後查看）：{ex.Message}");
            }

            if (pattern.Context is null || pattern.Keywords is null || pattern.Context.Concat(pattern.Keywords).Any(string.IsNullOrWhiteSpace))
            {
                Fail(at, "context 與 keywords 不可為 null，也不可有空白的字詞。");
            }

            if (pattern.Within < 1)
            {
                Fail($"{at}.within", "within 須為正整數（字元數）。");
            }

            if (pattern.Confidence is < 0 or > 1)
            {
                Fail($"{at}.confidence", "confidence 須介於 0 與 1 之間。");
            }
        }
    }

    // A mangled digest would never match: the value it was meant to allow would keep being reported, with nobody told why.
    private void CheckAllow(string path, IReadOnlyList<string>? allow)
    {
        if (allow is null)
        {
            Fail(path, "allow 不可為 null。");
        }

        var bad = allow.Where(a => ScanRules.IsAllowHash(a) && !ScanRules.IsWellFormedAllowHash(a)).ToList();
        if (bad.Count > 0)
        {
            Fail(path, $"allow 有格式錯誤的雜湊值（應為 sha256: 加 64 個十六進位字元）：{string.Join("、", bad)}。");
        }
    }

    // A misspelt type or an empty pattern would silently let text leave: refuse the file instead.
    private void CheckCloud(CloudRules? cloud)
    {
        if (cloud?.ForbiddenPaths is null || cloud.ForbiddenWhenFound is null)
        {
            Fail("cloud", "cloud 設定不可為 null。");
        }

        var unknown = cloud.ForbiddenWhenFound.Where(t => !rules.IsKnownType(t)).ToList();
        if (unknown.Count > 0)
        {
            Fail("cloud.forbiddenWhenFound", $"cloud.forbiddenWhenFound 有不認得的偵測類型：{string.Join("、", unknown)}。");
        }

        if (cloud.ForbiddenPaths.Any(string.IsNullOrWhiteSpace))
        {
            Fail("cloud.forbiddenPaths", "cloud.forbiddenPaths 不可有空白的路徑。");
        }
    }

    private string KnownTypes() => string.Join("、", FindingCatalogue.All.Select(d => d.Id).Concat(rules.Custom.Select(c => c.Id)));

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Fail(string path, string message) =>
        throw new RulesFileException(RulesFileMessages.At(name, Line(path), message));

    // The nearest enclosing path the file spells out: a null list has no items to point at.
    private int? Line(string path)
    {
        for (var at = path; at.Length > 0; at = at[..Math.Max(0, Math.Max(at.LastIndexOf('.'), at.LastIndexOf('[')))])
        {
            if (lines.TryGetValue(at, out var line))
            {
                return line;
            }
        }

        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdShape();
}
