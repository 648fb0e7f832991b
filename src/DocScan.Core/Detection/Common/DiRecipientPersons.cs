using DocScan.Core.Detection.Taiwan;

namespace DocScan.Core.Detection.Common;

/// <summary>
/// The private persons a DI letter is addressed to: 受文者, 正本, 副本, 出席者 and 列席者 list agencies
/// (嘉禾市政府工務局, 本局養護工程科) or persons (王小明君, 評選委員陳怡君), separated by 、 or ，.
/// An agency name never counts, so a letter to ten agencies is no exposure.
/// </summary>
internal static class DiRecipientPersons
{
    private static readonly string[] Fields = ["受文者", "正本", "副本", "出席者", "列席者"];

    private static readonly string[] Honorifics = ["先生", "女士", "小姐", "君"];

    // Words before a name that say which role the person has on the list.
    private static readonly string[] Roles = ["評選委員", "審查委員", "委員", "召集人", "陳情人", "申請人", "當事人"];

    private static readonly char[] AgencyMarks = ['府', '局', '處', '署', '部', '院', '會', '所', '科', '室', '司', '中', '校', '學', '隊', '組', '館', '廳', '行', '社'];

    private static readonly char[] Separators = ['、', '，', ',', '；', ';', '\n'];

    private static bool IsName(string entry) =>
        entry.Length is >= 2 and <= 4 && ChineseNames.Read(entry, 0) == entry.Length && entry.IndexOfAny(AgencyMarks) < 0;

    /// <summary>The recipient field a DI path is in (the part after the last container), or null.</summary>
    public static string? FieldOf(string path)
    {
        var own = path[(path.LastIndexOf("!/", StringComparison.Ordinal) is var bang and >= 0 ? bang + 2 : 0)..];
        var field = own.Split('/')[0];
        return Array.IndexOf(Fields, field) >= 0 ? field : null;
    }

    /// <summary>The names of the persons listed in one recipient field's text.</summary>
    public static IEnumerable<string> In(string text) => Entries(text).Select(e => e.Person).OfType<string>();

    /// <summary>Every entry of a recipient field as written (評選委員陳怡君, 王小明君, 本局養護工程科), with the person it names if any.</summary>
    public static IEnumerable<(string Text, string? Person)> Entries(string text) =>
        text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(written => (written, PersonIn(written)));

    private static string? PersonIn(string written)
    {
        var entry = WordAffixes.Starting(written, Roles) is { } role ? written[role.Length..].Trim('　', ' ') : written;
        if (IsName(entry))
        {
            return entry;
        }

        // 君 is also a given name's last character (陳怡君): an honorific only when the name reads without it.
        var honorific = WordAffixes.Ending(entry, Honorifics);
        return honorific is not null && entry[..^honorific.Length] is var name && name.Length >= 2 && name.All(ChineseNames.IsIdeograph)
               && ChineseNames.SurnameLength(name, 0) > 0 && name.IndexOfAny(AgencyMarks) < 0
            ? name
            : null;
    }
}
