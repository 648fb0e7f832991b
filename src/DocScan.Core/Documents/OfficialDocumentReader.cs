using System.Text.RegularExpressions;
using DocScan.Core.Extraction;

namespace DocScan.Core.Documents;

/// <summary>
/// Reads the <see cref="OfficialDocument"/> model from extracted segments: DI files by their element
/// names, every other format by its printed labels and line order (a letterhead's contact block
/// stands before 主旨; 說明 runs on until the next section; a ruling's parties and its judge's and
/// clerk's lines by their role words). Robust to text of any shape: what it does not recognise is
/// <see cref="DocumentPart.Body"/>.
/// </summary>
public static partial class OfficialDocumentReader
{
    private static readonly string[] Kinds = ["開會通知單", "新聞參考資料", "新聞稿", "書函", "函", "公告", "判決", "裁定", "簽"];

    private static readonly HashSet<string> ContactLabels = new(StringComparer.Ordinal)
    {
        "地址", "機關地址", "聯絡地址", "承辦人", "承辦單位", "聯絡人", "連絡人", "聯絡方式", "聯絡電話", "連絡電話",
        "電話", "傳真", "電子信箱", "電子郵件", "單位", "承辦人員",
    };

    private static readonly Dictionary<string, DocumentPart> SectionLabels = new(StringComparer.Ordinal)
    {
        ["受文者"] = DocumentPart.Recipient,
        ["發文日期"] = DocumentPart.Particulars,
        ["發文字號"] = DocumentPart.Particulars,
        ["速別"] = DocumentPart.Particulars,
        ["附件"] = DocumentPart.Particulars,
        ["主旨"] = DocumentPart.Subject,
        ["說明"] = DocumentPart.Explanation,
        ["辦法"] = DocumentPart.Explanation,
        ["公告事項"] = DocumentPart.Explanation,
        ["依據"] = DocumentPart.Explanation,
        ["擬辦"] = DocumentPart.Explanation,
        ["正本"] = DocumentPart.Distribution,
        ["副本"] = DocumentPart.Distribution,
    };

    private static readonly string[] PartyLabels =
    [
        "被告", "原告", "聲請人", "相對人", "關係人", "上訴人", "被上訴人", "告訴人", "自訴人", "抗告人", "再抗告人", "受刑人", "債權人", "債務人",
        "法定代理人", "受監護宣告之人", "被付懲戒人",
    ];

    private static readonly string[] CourtOfficialWords = ["法官", "審判長", "書記官", "檢察官", "律師", "公訴人", "司法事務官"];

    // DI element names (the first step of a segment's path) and the parts they are.
    private static readonly Dictionary<string, DocumentPart> DiElements = new(StringComparer.Ordinal)
    {
        ["發文機關"] = DocumentPart.Title,
        ["函類別"] = DocumentPart.Title,
        ["地址"] = DocumentPart.Contact,
        ["聯絡方式"] = DocumentPart.Contact,
        ["受文者"] = DocumentPart.Recipient,
        ["發文日期"] = DocumentPart.Particulars,
        ["發文字號"] = DocumentPart.Particulars,
        ["速別"] = DocumentPart.Particulars,
        ["密等及解密條件或保密期限"] = DocumentPart.Particulars,
        ["附件"] = DocumentPart.Particulars,
        ["主旨"] = DocumentPart.Subject,
        ["段落"] = DocumentPart.Explanation,
        ["正本"] = DocumentPart.Distribution,
        ["副本"] = DocumentPart.Distribution,
        ["抄本"] = DocumentPart.Distribution,
        ["署名"] = DocumentPart.Signature,
        ["蓋章戳"] = DocumentPart.Signature,
    };

    public static OfficialDocument Read(IReadOnlyList<TextSegment> segments)
    {
        var raw = new List<(TextSegment Segment, int Start, int Length, string? Label, string Compact)>();
        var headers = new Dictionary<(string, int), string>();
        var rows = new Dictionary<(string, int), string>();
        foreach (var segment in segments)
        {
            if (segment.Cell is { } cell)
            {
                if (cell.Row == 0)
                {
                    headers[(cell.Table, cell.Column)] = segment.Text;
                }

                rows[(cell.Table, cell.Row)] = rows.TryGetValue((cell.Table, cell.Row), out var row) ? row + "\t" + segment.Text : segment.Text;
            }

            if (segment.Source is SegmentSources.FileName or SegmentSources.Metadata || segment.Hidden)
            {
                continue;
            }

            foreach (var (start, length) in LinesOf(segment.Text))
            {
                var line = segment.Text.AsSpan(start, length);
                raw.Add((segment, start, length, LabelOf(line), Compact(line)));
            }
        }

        string? kind = null;
        string? sender = null;
        var hasHead = false;
        foreach (var line in raw)
        {
            if (line.Segment.Source == SegmentSources.Di || (line.Label is { } label && label is "受文者" or "發文字號" or "發文日期"))
            {
                hasHead = true;
            }

            if (kind is null && line.Label is null && TitleOf(line.Compact) is { } title)
            {
                (sender, kind) = title;
                hasHead |= sender.Length > 0;
            }
        }

        var lines = new List<DocumentLine>(raw.Count);
        var part = DocumentPart.Body;
        var pastSubject = false;
        var pastDistribution = false;
        var organisationRows = false;
        foreach (var (segment, start, length, label, compact) in raw)
        {
            DocumentPart next;
            if (segment.Source == SegmentSources.Di)
            {
                next = DiElements.GetValueOrDefault(DiElement(segment.Path), DocumentPart.Body);
            }
            else if (label is not null && SectionLabels.TryGetValue(label, out var section))
            {
                next = section;
            }
            else if (label is not null && label.StartsWith("密等", StringComparison.Ordinal))
            {
                next = DocumentPart.Particulars;
            }
            else if (hasHead && !pastSubject && label is not null && ContactLabels.Contains(label))
            {
                next = DocumentPart.Contact;
            }
            else if (PartyLabels.Any(p => compact.StartsWith(p, StringComparison.Ordinal)) && !compact.StartsWith("被告於", StringComparison.Ordinal))
            {
                next = DocumentPart.Parties;
            }
            else if (CourtOfficialWords.Any(w => compact.Contains(w, StringComparison.Ordinal)) && compact.Length <= 40)
            {
                next = DocumentPart.CourtOfficials;
            }
            else if (hasHead && kind is not null && sender is { Length: > 0 } && compact == sender + kind)
            {
                next = DocumentPart.Title;
            }
            else if (part == DocumentPart.Parties && length > 0 && char.IsWhiteSpace(segment.Text[start]))
            {
                next = DocumentPart.Parties;
            }
            else if (pastDistribution && label is null)
            {
                next = DocumentPart.Signature;
            }
            else if (part is DocumentPart.Explanation or DocumentPart.Subject && label is null)
            {
                next = DocumentPart.Explanation;
            }
            else
            {
                next = DocumentPart.Body;
            }

            // Rows of a table of companies, printed as lines (PDF, text): from its header line to the next sentence.
            if (IsOrganisationHeader(compact) || (segment.Cell is { } cell && IsOrganisationHeader(Compact(headers.GetValueOrDefault((cell.Table, cell.Column), "")))))
            {
                organisationRows = true;
            }
            else if (organisationRows && (compact.EndsWith('。') || label is not null))
            {
                organisationRows = false;
            }

            if (organisationRows && next is DocumentPart.Body or DocumentPart.Explanation)
            {
                next = DocumentPart.OrganisationRow;
            }

            pastSubject |= next is DocumentPart.Subject or DocumentPart.Explanation;
            pastDistribution |= next == DocumentPart.Distribution;
            part = next;
            lines.Add(new DocumentLine(segment, start, length, next, label));
        }

        return new OfficialDocument(lines, kind, sender, headers, rows);
    }

    /// <summary>The value of a label–value line (what follows the first colon), trimmed; the whole line when it has none.</summary>
    public static string ValueOf(string line)
    {
        var colon = line.IndexOfAny(['：', ':']);
        return (colon < 0 ? line : line[(colon + 1)..]).Trim();
    }

    private static bool IsOrganisationHeader(string compact) =>
        compact.Contains("廠商名稱", StringComparison.Ordinal) || compact.Contains("投標廠商", StringComparison.Ordinal)
        || compact.Contains("公司名稱", StringComparison.Ordinal) || compact.Contains("機構名稱", StringComparison.Ordinal);

    private static (string Sender, string Kind)? TitleOf(string compact)
    {
        if (compact.Length is 0 or > 40)
        {
            return null;
        }

        foreach (var kind in Kinds)
        {
            if (compact.EndsWith(kind, StringComparison.Ordinal))
            {
                var sender = compact[..^kind.Length];
                // A bare 函 or 簽 alone, or after an agency name; 判決/裁定 after a court's name and case.
                if (sender.Length == 0 || AgencyEnd().IsMatch(sender) || kind is "判決" or "裁定")
                {
                    return (sender, kind);
                }
            }
        }

        // 簽　於秘書室: a 簽 names its unit after it.
        return compact.StartsWith("簽於", StringComparison.Ordinal) ? ("", "簽") : null;
    }

    private static string DiElement(string path)
    {
        var end = path.IndexOfAny(['/', '[', '@']);
        return end < 0 ? path : path[..end];
    }

    private static string? LabelOf(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOfAny('：', ':');
        if (colon <= 0 || colon > 24)
        {
            return null;
        }

        var label = Compact(line[..colon]);
        return label.Length is > 0 and <= 12 && label.All(ChineseOrWord) ? label : null;
    }

    private static bool ChineseOrWord(char c) => c is >= '\u3400' and <= '\u9FFF' || char.IsLetter(c);

    private static string Compact(ReadOnlySpan<char> text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars[n++] = c;
            }
        }

        return new string(chars, 0, n);
    }

    private static IEnumerable<(int Start, int Length)> LinesOf(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var length = end - start;
            if (length > 0 && text[end - 1] == '\r')
            {
                length--;
            }

            if (length > 0)
            {
                yield return (start, length);
            }

            start = end + 1;
        }
    }

    [GeneratedRegex(@"(局|處|署|府|部|會|院|所|中心|公所|大隊|分局|學校|大學|法院|檢察署|機關)$")]
    private static partial Regex AgencyEnd();
}
