using System.Buffers;
using System.Text.RegularExpressions;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Sensitive data of 個人資料保護法第6條 (criminal records, medical records) stated about someone:
/// a phrase such as 有竊盜前科 or 經診斷為第二型糖尿病, reported only when a person is tied to it (a
/// name, an ID, 該員 or 渠 nearby). The same words in a law (病歷、醫療、基因、性生活、健康檢查及犯罪
/// 前科之個人資料), in a condition (如有前科者), or in training material retelling a case (案情概述,
/// 風險評估, 防治措施) are talk about such data, not the data.
/// </summary>
internal sealed partial class SensitiveRecords
{
    /// <summary>The words of one kind of record and how a phrase about it is written.</summary>
    /// <param name="Terms">Words that name the record (前科, 病歷).</param>
    /// <param name="Qualifiers">What may stand right before a term (竊盜前科, 重度身心障礙).</param>
    /// <param name="Verbs">What may stand before that (有竊盜前科, 領有身心障礙證明).</param>
    /// <param name="Suffixes">What may follow a term (前科素行, 通緝在案).</param>
    /// <param name="OpenTerms">Terms followed by the diagnosis itself, taken up to the next punctuation (診斷為...).</param>
    /// <param name="CodeTerms">Labels that are health data only with the code after them (ICD-10：F32.2).</param>
    public sealed record Vocabulary(
        string[] Terms, string[] Qualifiers, string[] Verbs, string[] Suffixes, string[] OpenTerms, string[] CodeTerms);

    public static SensitiveRecords Criminal { get; } = new(new Vocabulary(
        Terms: ["前科", "犯罪前科", "刑案紀錄", "刑案記錄", "刑案資料", "犯罪紀錄", "犯罪記錄", "前案紀錄", "前案記錄", "刑事紀錄", "通緝", "素行",
            // A ruling's language: 累犯, 處有期徒刑陸月, 無罪, 施以監護 (a safety measure after an acquittal).
            "累犯", "有期徒刑", "無期徒刑", "拘役", "無罪", "施以監護", "保安處分", "強制治療", "緩刑"],
        Qualifiers: ["違反毒品危害防制條例", "妨害性自主", "偽造文書", "公共危險", "竊盜", "毒品", "詐欺", "傷害", "妨害", "強盜",
            "搶奪", "殺人", "性侵害", "酒駕", "賭博", "槍砲", "侵占", "背信", "恐嚇", "多次", "多項", "相關"],
        Verbs: ["涉有", "查有", "查無", "並無", "留有", "遭", "有", "具", "無", "處", "諭知"],
        Suffixes: ["素行", "紀錄", "記錄", "資料", "不良", "良好", "累累", "在案", "犯", "中"],
        OpenTerms: [],
        CodeTerms: []));

    public static SensitiveRecords Health { get; } = new(new Vocabulary(
        Terms: ["病歷", "病歷號", "就醫紀錄", "就醫記錄", "就診紀錄", "就診記錄", "住院紀錄", "病名", "病史", "診斷", "罹患",
            "身心障礙", "重大傷病", "精神疾病", "ICD", "疾病代碼", "診斷碼", "疾病分類碼",
            // Conditions a ruling or a care note names without 診斷 before them (相對人因失智症，致不能為意思表示).
            "失智症", "心智障礙", "智能障礙", "精神障礙", "思覺失調症", "精神分裂症", "憂鬱症", "躁鬱症", "雙相情緒障礙",
            "阿茲海默症", "帕金森氏症", "巴金森氏症", "自閉症", "癲癇"],
        Qualifiers: ["極重度", "重度", "中度", "輕度", "血管性", "早發性", "慢性"],
        Verbs: ["領有", "持有", "患有", "經", "有", "具"],
        Suffixes: ["證明", "手冊", "鑑定", "資料", "摘要", "影本"],
        OpenTerms: ["診斷", "病名", "罹患", "病史", "重大傷病", "精神疾病"],
        CodeTerms: ["ICD", "疾病代碼", "診斷碼", "疾病分類碼"]));

    // Retelling a case for training: the seed's own headings. Words such as 教育訓練 are left out on
    // purpose: ordinary letters invite people to training, and a record beside them is still a record.
    private static readonly Keywords TeachingWords = ["案情概述", "風險評估", "防治措施", "參考法令", "參考資料", "案例", "教材", "講義"];

    // The enumeration of 個人資料保護法第2條/第6條: two of these side by side are the law, not a record.
    private static readonly string[] LawCategories = ["病歷", "醫療", "基因", "性生活", "健康檢查", "犯罪前科"];

    private static readonly string[] Conditions = ["是否", "有無", "如有", "若有", "如係", "若係", "如為", "若為", "凡", "如", "若"];

    // A law's penalty (處三年以下有期徒刑、拘役或科新臺幣…罰金) and the presumption of innocence speak of no one.
    private static readonly Keywords PenaltyClauses = ["以下有期徒刑", "以上有期徒刑", "以下之有期徒刑", "有期徒刑、拘役", "拘役或", "無罪推定", "監護宣告之聲請"];


    // Those who speak of a specific person without naming them.
    private static readonly Keywords Pronouns = ["該員", "該民", "該男", "該女", "該名", "該生", "該病患", "該個案", "渠", "受查詢人", "嫌疑人", "犯嫌"];

    private static readonly Keywords Party = ["當事人"];

    // How far a name, an ID or a pronoun may be from the phrase: about a sentence.
    private const int TieWindow = 80;

    private const int MaxOpenLength = 20;

    private readonly Vocabulary _words;
    private readonly Keywords _terms;
    private readonly Keywords _openTerms;
    private readonly Keywords _codeTerms;

    private SensitiveRecords(Vocabulary words)
    {
        _words = words;
        _terms = Detection.Keywords.Exact(words.Terms);
        _openTerms = Detection.Keywords.Exact(words.OpenTerms);
        _codeTerms = Detection.Keywords.Exact(words.CodeTerms);

        // A term; or, where open terms can head a column, a table cell.
        Requirements = new(_terms, OrTableCell: words.OpenTerms.Length > 0);
    }

    public DetectorRequirements Requirements { get; }

    /// <summary>The words <see cref="Find"/> asks about.</summary>
    public IEnumerable<Keywords> Keywords => [_openTerms, _codeTerms, TeachingWords, PenaltyClauses, Pronouns, Party, .. NameCandidates.Keywords];

    public List<(int Start, int Length, string Phrase, double Confidence)>? Find(DetectionInput input)
    {
        var text = input.Text;
        List<(int, int, string, double)>? found = null;
        var from = 0;
        while (from < text.Length && input.FirstWord(_terms, from) is (int at, string term))
        {
            var (start, end) = Phrase(text, at, term);
            from = Math.Max(end, at + term.Length);
            Add(input, text, start, end, ref found);
        }

        // A result table: the cell under 主診斷 or 病名 holds the diagnosis itself, the cell under ICD-10 its code.
        if (found is null && _words.OpenTerms.Length > 0 && input.Segment.Cell is not null && text.Length <= MaxOpenLength)
        {
            var trimmed = text.AsSpan().Trim();
            var start = trimmed.IsEmpty ? -1 : text.IndexOf(trimmed[0]);
            if (start >= 0 && (input.HeaderHas(_openTerms) || (input.HeaderHas(_codeTerms) && CodeCell().IsMatch(text))))
            {
                Add(input, text, start, start + trimmed.Length, ref found);
            }
        }

        return found;
    }

    private static void Add(DetectionInput input, string text, int start, int end, ref List<(int, int, string, double)>? found)
    {
        if (end > start && !IsTalkAbout(input, text, start, end) && Tie(input, text, start, end) is { } confidence)
        {
            (found ??= []).Add((start, end - start, text[start..end], confidence));
        }
    }

    // Returns an empty span when a code label has no code after it.
    private (int Start, int End) Phrase(string text, int at, string term)
    {
        var end = at + term.Length;
        if (Array.IndexOf(_words.CodeTerms, term) >= 0)
        {
            var codes = Codes().Match(text, end);
            return codes.Success ? (at, codes.Index + codes.Length) : (at, at);
        }

        var start = ExtendBack(text, at, _words.Qualifiers);
        start = ExtendBack(text, start, _words.Verbs);
        if (Array.IndexOf(_words.OpenTerms, term) >= 0)
        {
            // 診斷 or 病名 alone (a heading, a column header) names no illness.
            var open = ExtendOpen(text, end);
            return open > end ? (start, open) : (at, at);
        }
        else
        {
            end = ExtendForward(text, end);
        }

        return (start, end);
    }

    private static int ExtendBack(string text, int start, string[] words)
    {
        foreach (var word in words)
        {
            if (start >= word.Length && text.AsSpan(0, start).EndsWith(word, StringComparison.Ordinal))
            {
                return start - word.Length;
            }
        }

        return start;
    }

    // 前科2犯, 前科素行, 通緝在案.
    private int ExtendForward(string text, int end)
    {
        var digits = end;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        foreach (var suffix in _words.Suffixes)
        {
            if (text.AsSpan(digits).StartsWith(suffix, StringComparison.Ordinal))
            {
                return digits + suffix.Length;
            }
        }

        return end;
    }

    // 診斷為第二型糖尿病, 病名：重度憂鬱症(F32.2): up to the end of the clause.
    private static int ExtendOpen(string text, int end)
    {
        var content = end;
        while (content < text.Length && text[content] is ':' or ' ' or '\t' or '為')
        {
            content++;
        }

        var i = content;
        while (i < text.Length && i - end < MaxOpenLength && text[i] is not (',' or '。' or ';' or '、' or '\n' or '!' or '?'))
        {
            i++;
        }

        var length = text.AsSpan(content, i - content).TrimEnd().Length;
        return length == 0 ? end : content + length;
    }

    private static bool IsTalkAbout(DetectionInput input, string text, int start, int end)
    {
        // 如有前科者, 是否有前科, 有無前科: a condition or a question, not a statement.
        var lead = text.AsSpan(Math.Max(0, start - 4), Math.Min(text.Length, start + 2) - Math.Max(0, start - 4));
        foreach (var condition in Conditions)
        {
            if (condition.Length >= 2 ? lead.Contains(condition, StringComparison.Ordinal) : text.AsSpan(0, start).EndsWith(condition, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // 身心障礙者權益保障法, 犯罪前科之個人資料.
        var after = text.AsSpan(end);
        if (after.StartsWith("者權益", StringComparison.Ordinal) || after.StartsWith("法", StringComparison.Ordinal)
            || after.StartsWith("條例", StringComparison.Ordinal) || after.StartsWith("之個人資料", StringComparison.Ordinal)
            || after.StartsWith("等個人資料", StringComparison.Ordinal))
        {
            return true;
        }

        var near = text.AsSpan(Math.Max(0, start - 12), Math.Min(text.Length, end + 12) - Math.Max(0, start - 12));
        var categories = 0;
        foreach (var category in LawCategories)
        {
            if (near.Contains(category, StringComparison.Ordinal) && ++categories >= 2)
            {
                return true;
            }
        }

        return input.HasContext(start, end - start, TeachingWords) || input.HasContext(start, end - start, PenaltyClauses, 8);
    }

    // How sure the phrase is about a person, or null when nobody is named, identified or pointed at.
    private static double? Tie(DetectionInput input, string text, int start, int end)
    {
        // 王小明有竊盜前科, 被告王小明之病歷: the phrase's own subject.
        var subjectEnd = start;
        if (subjectEnd > 0 && text[subjectEnd - 1] is '之' or '的')
        {
            subjectEnd--;
        }

        if (ChineseNames.NameEndingAt(text, subjectEnd, NameCandidates.NameMayStartAt) >= 0)
        {
            return 0.9;
        }

        var (from, to) = input.Around(start, end, TieWindow);
        var window = input.Document.Text[from..to];
        var offset = input.Offset + start - from;
        foreach (var (idStart, _, compact) in IdShapes.Find(window) ?? [])
        {
            if (TaiwanIdChecksum.IsValid(compact) && Math.Abs(idStart - offset) <= TieWindow)
            {
                return 0.9;
            }
        }

        if (NameCandidates.HasLabelledName(input.Document, from, to) || NameCandidates.HasNameCell(input.Document, from, to) || HasMaskedName(window))
        {
            return 0.9;
        }

        if (input.HasContext(start, end - start, Pronouns, TieWindow))
        {
            return 0.85;
        }

        // 當事人 names a specific party in a decision, but procedures speak of 當事人 in general too.
        return input.HasContext(start, end - start, Party, TieWindow) ? 0.7 : null;
    }

    // 王○明, 歐陽○○, 陳OO: a surname then a mask; a name once masked still names a person.
    private static bool HasMaskedName(ReadOnlySpan<char> window)
    {
        for (var i = window.IndexOfAny(MaskChars); i >= 0;)
        {
            if (i > 0 && ChineseNames.IsSurname(window[i - 1]))
            {
                return true;
            }

            var next = window[(i + 1)..].IndexOfAny(MaskChars);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    private static readonly SearchValues<char> MaskChars = SearchValues.Create("○〇O*X");

    // A cell under ICD-10: F33.2, G30.9.
    [GeneratedRegex(@"^[ \t]*[A-TV-Z][0-9]{2}(?:\.[0-9A-Z]{1,4})?[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeCell();

    // ICD-10：F32.2, ICD-10-CM J45.909、E11.9.
    [GeneratedRegex(
        @"\G(?:-?(?:10|9)(?:-CM)?)?[ \t]*(?:碼|代碼)?[ \t]*:?[ \t]*[A-TV-Z][0-9]{2}(?:\.[0-9A-Z]{1,4})?(?:[ \t]*[,、/][ \t]*[A-TV-Z][0-9]{2}(?:\.[0-9A-Z]{1,4})?)*(?![A-Za-z0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Codes();
}
