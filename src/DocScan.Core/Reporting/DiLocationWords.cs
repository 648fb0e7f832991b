using System.Text.RegularExpressions;

namespace DocScan.Core.Reporting;

/// <summary>
/// A place in an electronic 公文 as a clerk names it: 公文「主旨」, 公文「說明」第一點, 受文者, 正本. Read
/// from the element path the DI reader writes (<c>段落[說明：]/條列[一、]</c>, <c>速別@代碼</c>); the
/// recipients' blocks are named alone, as they are printed on the letter. wwwroot/location.js says
/// the same.
/// </summary>
internal static partial class DiLocationWords
{
    private static readonly HashSet<string> Recipients = new(StringComparer.Ordinal) { "受文者", "正本", "副本", "出席者", "列席者", "主持人" };

    // Parts whose element names are longer than what the letter prints.
    private static readonly Dictionary<string, string> Printed = new(StringComparer.Ordinal) { ["密等及解密條件或保密期限"] = "密等" };

    public static string Of(string path)
    {
        var parts = Part().Matches(Attribute().Replace(path, ""));
        if (parts.Count == 0)
        {
            return "公文";
        }

        var name = parts[0].Groups["name"].Value;
        if (Recipients.Contains(name))
        {
            return name;
        }

        var title = parts[0].Groups["qualifier"].Value.Trim().TrimEnd('：', ':').Trim();
        var words = $"公文「{(name == "段落" && title.Length > 0 ? title : Printed.GetValueOrDefault(name, name))}」";
        var level = 0;
        foreach (var part in parts.Skip(1).Where(p => p.Groups["name"].Value == "條列"))
        {
            var number = part.Groups["qualifier"].Value.Trim();
            words += level++ == 0 ? $"第{number.TrimEnd('、', '.', '．', ' ')}點" : number;
        }

        return words;
    }

    // The attribute a value came from (速別@代碼) names no place of its own.
    [GeneratedRegex(@"@[^/\[\]@]*$")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"(?<name>[^/\[\]]+)(?:\[(?<qualifier>[^\]]*)\])?")]
    private static partial Regex Part();
}
