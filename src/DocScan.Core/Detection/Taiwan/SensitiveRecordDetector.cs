using System.Text.RegularExpressions;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Sensitive data of 個人資料保護法第6條 stated about someone, one detector per kind: criminal records
/// (有竊盜前科, 渠前科素行, 通緝在案; seed case 2) and medical data (經診斷為第二型糖尿病, 領有身心障礙證明,
/// ICD-10 codes; seed case 1), reported as a label, never as the phrase itself. A phrase counts only when
/// a person is tied to it: its own words (王小明有…, 被告, 個案, 該員, 渠: <see cref="RecordSubject"/>) give its
/// confidence, and a name or ID the engine finds near it confirms it (<see cref="ConfirmedBy"/>). The same
/// words in a law, a condition, training material or a programme's name are talk about such data, not the
/// data (<see cref="RecordTalk"/>).
/// </summary>
internal sealed partial class SensitiveRecordDetector : IDetector
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

    public static SensitiveRecordDetector Criminal { get; } = new("tw-criminal-record", FindingTypes.CriminalRecord, "〔前科紀錄〕", new Vocabulary(
        Terms: ["前科", "犯罪前科", "刑案紀錄", "刑案記錄", "刑案資料", "犯罪紀錄", "犯罪記錄", "前案紀錄", "前案記錄", "刑事紀錄", "通緝", "素行",
            // A ruling's language: 累犯, 處有期徒刑陸月, 無罪, 施以監護 (a safety measure after an acquittal).
            "累犯", "有期徒刑", "無期徒刑", "拘役", "無罪", "施以監護", "監護處分", "保安處分", "強制治療", "緩刑", "羈押", "假釋"],
        Qualifiers: ["違反毒品危害防制條例", "妨害性自主", "偽造文書", "公共危險", "竊盜", "毒品", "詐欺", "傷害", "妨害", "強盜",
            "搶奪", "殺人", "性侵害", "酒駕", "賭博", "槍砲", "侵占", "背信", "恐嚇", "多次", "多項", "相關"],
        Verbs: ["涉有", "查有", "查無", "並無", "留有", "發布", "遭", "有", "具", "無", "處", "諭知", "宣告"],
        Suffixes: ["素行", "紀錄", "記錄", "資料", "不良", "良好", "累累", "在案", "犯", "中"],
        OpenTerms: [],
        CodeTerms: []));

    public static SensitiveRecordDetector Health { get; } = new("tw-health-record", FindingTypes.HealthRecord, "〔病歷健康資料〕", new Vocabulary(
        Terms: ["病歷", "病歷號", "就醫紀錄", "就醫記錄", "就診紀錄", "就診記錄", "住院紀錄", "病名", "病史", "診斷", "罹患",
            "身心障礙", "重大傷病", "精神疾病", "ICD", "疾病代碼", "診斷碼", "疾病分類碼",
            // Conditions a ruling or a care note names without 診斷 before them (相對人因失智症，致不能為意思表示).
            "失智症", "心智障礙", "智能障礙", "精神障礙", "思覺失調症", "精神分裂症", "憂鬱症", "躁鬱症", "雙相情緒障礙",
            "阿茲海默症", "帕金森氏症", "巴金森氏症", "自閉症", "癲癇",
            // A disability assessment's or a long-term care assessment's result (障礙類別：第1類, 長照需要等級：第5級).
            "障礙類別", "障礙等級", "障礙程度", "長照需要等級", "失能等級", "主要疾病", "疾病名稱"],
        Qualifiers: ["極重度", "重度", "中度", "輕度", "血管性", "早發性", "慢性"],
        Verbs: ["領有", "持有", "患有", "經", "有", "具"],
        Suffixes: ["證明", "手冊", "鑑定", "資料", "摘要", "影本"],
        OpenTerms: ["診斷", "病名", "罹患", "病史", "重大傷病", "精神疾病", "障礙類別", "障礙等級", "障礙程度", "長照需要等級", "失能等級", "主要疾病", "疾病名稱"],
        CodeTerms: ["ICD", "疾病代碼", "診斷碼", "疾病分類碼"]));

    private const int MaxOpenLength = 20;

    private readonly string _label;
    private readonly Vocabulary _words;
    private readonly Keywords _terms;
    private readonly Keywords _openTerms;
    private readonly Keywords _codeTerms;

    private SensitiveRecordDetector(string id, string findingType, string label, Vocabulary words)
    {
        Id = id;
        FindingType = findingType;
        _label = label;
        _words = words;
        _terms = Detection.Keywords.Exact(words.Terms);
        _openTerms = Detection.Keywords.Exact(words.OpenTerms);
        _codeTerms = Detection.Keywords.Exact(words.CodeTerms);

        // A term; or, where open terms can head a column, a table cell.
        Requirements = new(_terms, OrTableCell: words.OpenTerms.Length > 0);
    }

    public string Id { get; }

    public string FindingType { get; }

    public DetectorRequirements Requirements { get; }

    public FindingDependency ConfirmedBy => RecordSubject.Nearby;

    public IEnumerable<Keywords> Keywords => [_openTerms, _codeTerms, .. RecordTalk.Keywords, .. RecordSubject.Keywords];

    public void Detect(DetectionInput input, List<DetectorMatch> found)
    {
        var text = input.Text;
        var count = found.Count;
        var from = 0;
        while (from < text.Length && input.FirstWord(_terms, from) is (int at, string term))
        {
            var (start, end) = Phrase(text, at, term);
            from = Math.Max(end, at + term.Length);
            Add(input, text, start, end, found);
        }

        // A result table: the cell under 主診斷 or 病名 holds the diagnosis itself, the cell under ICD-10 its code.
        if (found.Count == count && _words.OpenTerms.Length > 0 && input.Segment.Cell is not null && text.Length <= MaxOpenLength)
        {
            var trimmed = text.AsSpan().Trim();
            var start = trimmed.IsEmpty ? -1 : text.IndexOf(trimmed[0]);
            if (start >= 0 && (input.HeaderHas(_openTerms) || (input.HeaderHas(_codeTerms) && CodeCell().IsMatch(text))))
            {
                Add(input, text, start, start + trimmed.Length, found);
            }
        }
    }

    private void Add(DetectionInput input, string text, int start, int end, List<DetectorMatch> found)
    {
        if (end > start && !RecordTalk.IsTalkAbout(input, text, start, end))
        {
            found.Add(new DetectorMatch(start, end - start, text[start..end], _label, RecordSubject.Confidence(input, text, start, end)));
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

    private static int ExtendBack(string text, int start, string[] words) =>
        WordAffixes.Ending(text.AsSpan(0, start), words) is { } word ? start - word.Length : start;

    // 前科2犯, 前科素行, 通緝在案, 有期徒刑壹年貳月, 緩刑2年, 失智症(G30.1).
    private int ExtendForward(string text, int end)
    {
        var count = end;
        while (count < text.Length && (char.IsAsciiDigit(text[count]) || Numerals.Contains(text[count])))
        {
            count++;
        }

        if (Bracketed().Match(text, count) is { Success: true } code)
        {
            return count + code.Length;
        }

        if (WordAffixes.Starting(text.AsSpan(count), _words.Suffixes) is { } suffix)
        {
            return count + suffix.Length;
        }

        return count > end && "年月日".Contains(text[count - 1]) ? count : end;
    }

    // A sentence's length and a count (壹年貳月, 五十日, 3犯).
    private const string Numerals = "零一二三四五六七八九十百兩壹貳參叁肆伍陸柒捌玖拾佰年月日個";

    // 診斷為第二型糖尿病, 病名：重度憂鬱症(F32.2): up to the end of the clause or of a quoted name.
    private static int ExtendOpen(string text, int end)
    {
        var content = end;
        while (content < text.Length && text[content] is ':' or ' ' or '\t' or '為')
        {
            content++;
        }

        var i = content;
        while (i < text.Length && i - end < MaxOpenLength && text[i] is not (',' or '。' or ';' or '、' or '\n' or '!' or '?' or '「' or '」'))
        {
            i++;
        }

        var length = text.AsSpan(content, i - content).TrimEnd().Length;
        return length == 0 ? end : content + length;
    }

    // A cell under ICD-10: F33.2, G30.9.
    [GeneratedRegex(@"^[ \t]*[A-TV-Z][0-9]{2}(?:\.[0-9A-Z]{1,4})?[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeCell();

    // 思覺失調症(F20.0): the code in brackets right after the condition.
    [GeneratedRegex(@"\G\([A-TV-Z][0-9]{2}(?:\.[0-9A-Z]{1,4})?\)", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    // ICD-10：F32.2, ICD-10-CM J45.909、E11.9.
    [GeneratedRegex(
        @"\G(?:-?(?:10|9)(?:-CM)?)?[ \t]*(?:碼|代碼)?[ \t]*:?[ \t]*[A-TV-Z][0-9]{2}(?:\.[0-9A-Z]{1,4})?(?:[ \t]*[,、/][ \t]*[A-TV-Z][0-9]{2}(?:\.[0-9A-Z]{1,4})?)*(?![A-Za-z0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Codes();
}
