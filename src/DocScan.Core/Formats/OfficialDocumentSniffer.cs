using System.Text.RegularExpressions;

namespace DocScan.Core.Formats;

/// <summary>
/// Tells an electronic 公文 (DI) and its exchange form (sw) from other XML by the document type its
/// DOCTYPE or root element names (函, 書函, 開會通知單, 簽 … or 交換表單), or by the exchange DTD it
/// cites (104_2_utf8.dtd, 99_2_big5.dtd, 104_roster_utf8.dtd). The extension is never asked: systems
/// export DIs as .di, .xml or without one.
/// </summary>
internal static partial class OfficialDocumentSniffer
{
    /// <summary>
    /// The document types of 「文書及檔案管理電腦化作業規範」 that travel as DI. An unknown root still
    /// counts when the DOCTYPE cites an exchange DTD.
    /// </summary>
    private static readonly HashSet<string> DocumentKinds = new(StringComparer.Ordinal)
    {
        "函", "書函", "令", "呈", "咨", "公告", "簽", "稿", "手令", "手諭", "便簽", "箋函", "報告", "說帖",
        "開會通知單", "會勘通知單", "開會紀錄", "會議紀錄", "公務電話紀錄", "移文單", "通知", "聘書", "證明書",
        "機關公文", "公示送達", "簽稿會核單",
    };

    private static readonly HashSet<string> ExchangeForms = new(StringComparer.Ordinal) { "交換表單", "交換表" };

    /// <summary>How much of the decoded head is looked at: declaration, comments and DOCTYPE come first.</summary>
    private const int HeadChars = 4096;

    /// <summary>What the decoded start of a text file is when it is a DI or an exchange form; null otherwise.</summary>
    /// <param name="head">The start of the text, decoded as the encoding sniffer guessed.</param>
    public static (FileFormat Format, bool DeclaresBig5)? Sniff(string head)
    {
        var text = head.AsSpan(0, Math.Min(head.Length, HeadChars)).TrimStart('\uFEFF').ToString();
        if (Prolog().Match(text) is not { Success: true } prolog)
        {
            return null;
        }

        var root = prolog.Groups["root"].Value;
        var dtd = prolog.Groups["dtd"].Value;
        var format = ExchangeForms.Contains(root) || RosterDtd().IsMatch(dtd) ? FileFormat.Sw
            : DocumentKinds.Contains(root) || ExchangeDtd().IsMatch(dtd) ? FileFormat.Di
            : (FileFormat?)null;
        if (format is null)
        {
            return null;
        }

        var encoding = prolog.Groups["encoding"].Value;
        var big5 = encoding.Equals("big5", StringComparison.OrdinalIgnoreCase)
            || encoding.Equals("big-5", StringComparison.OrdinalIgnoreCase)
            || encoding.Equals("cp950", StringComparison.OrdinalIgnoreCase);
        return (format.Value, big5);
    }

    // The XML declaration (its encoding), then comments and processing instructions, then the DOCTYPE
    // (its name and system id) or the root element itself.
    [GeneratedRegex(
        @"^\s*(?:<\?xml\b[^>]*?\bencoding\s*=\s*[""'](?<encoding>[^""']*)[""'][^>]*\?>|<\?xml\b[^>]*\?>)?(?:\s|<!--.*?-->|<\?(?!xml\b).*?\?>)*(?:<!DOCTYPE\s+(?<root>[^\s\[>]+)(?:\s+(?:SYSTEM|PUBLIC\s+[""'][^""']*[""'])\s+[""'](?<dtd>[^""']*)[""'])?|<(?<root>[^\s/>!?]+))",
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Prolog();

    [GeneratedRegex(@"_(?:utf-?8|big5)\.dtd$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExchangeDtd();

    [GeneratedRegex(@"roster[^/\\]*\.dtd$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RosterDtd();
}
