using System.Text.RegularExpressions;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// Whether a record phrase is talk about such data rather than the data: a condition (如有前科者), a
/// law (犯罪前科之個人資料, an article's own text), training material, or the name of a programme,
/// service, unit or law the words are part of (「身心障礙者就業促進計畫」, 失智症照護服務計畫, 身心障礙福利科).
/// </summary>
internal static partial class RecordTalk
{
    // Retelling a case for training: the seed's own headings. Words such as 教育訓練 are left out on
    // purpose: ordinary letters invite people to training, and a record beside them is still a record.
    private static readonly Keywords TeachingWords = ["案情概述", "風險評估", "防治措施", "參考法令", "參考資料", "案例", "教材", "講義"];

    // The enumeration of 個人資料保護法第2條/第6條: two of these side by side are the law, not a record.
    private static readonly string[] LawCategories = ["病歷", "醫療", "基因", "性生活", "健康檢查", "犯罪前科"];

    // 得 before the record is a law's permission (得通緝之, 得宣告緩刑), never a decision about someone.
    private static readonly string[] Conditions = ["是否", "有無", "如有", "若有", "如係", "若係", "如為", "若為", "凡", "如", "若", "得"];

    // A law's penalty (處三年以下有期徒刑、拘役或科新臺幣…罰金) and the presumption of innocence speak of no one.
    private static readonly Keywords PenaltyClauses = ["以下有期徒刑", "以上有期徒刑", "以下之有期徒刑", "有期徒刑、拘役", "拘役或", "無罪推定", "監護宣告之聲請"];

    // What the name of a programme, service, institution or law ends in: the record words inside it
    // (失智症照護服務計畫, 身心障礙者就業促進計畫, 精神疾病防治條例) speak of no one.
    private static readonly string[] ProgrammeEndings =
    [
        "計畫", "方案", "專案", "據點", "中心", "協會", "學會", "基金會", "服務", "專線", "課程", "研習", "講座", "宣導",
        "補助", "津貼", "政策", "權益", "條例", "細則", "辦法", "要點", "規則", "標準", "法", "照護", "照顧", "防治", "篩檢",
        "預防", "活動", "網絡", "團體", "醫院", "病房", "門診", "機構", "家園", "教養院", "學校", "班",
        // An agency's unit named for its work (身心障礙福利科); never 科 alone, which ends 前科.
        "福利科", "保健科", "衛生科", "照護科", "管理科", "服務科", "救助科", "福利股", "服務組",
    ];

    // What a letter says of a programme after its name (身心障礙者生活補助乙案, …補助業務聯繫會議): the name still ends before them.
    private static readonly string[] ProgrammeBusiness = ["乙案", "一案", "業務", "事宜", "聯繫會議", "說明會", "會議"];

    // Where a programme's name stops short of the rest of the sentence (…保障法第16條, …計畫之執行), or
    // what follows is no name at all (羈押於…看守所, 障礙類別為…).
    private const string NameBreaks = "第之及與的等於在至由經向到為";

    // How far a programme's name may run on after the record word.
    private const int ProgrammeReach = 14;

    public static IEnumerable<Keywords> Keywords => [TeachingWords, PenaltyClauses];

    public static bool IsTalkAbout(DetectionInput input, string text, int start, int end)
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
        if (after.StartsWith("之個人資料", StringComparison.Ordinal)
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

        return InProgrammeName(text, start, end) || InArticle(text, start)
            || input.HasContext(start, end - start, TeachingWords) || input.HasContext(start, end - start, PenaltyClauses, 8);
    }

    // The ideographs right after the phrase, up to the next punctuation, end in a programme's or a
    // law's word; or the phrase stands in 「」 whose title ends in one.
    private static bool InProgrammeName(string text, int start, int end)
    {
        var run = end;
        while (run < text.Length && run - end <= ProgrammeReach && ChineseNames.IsIdeograph(text[run]) && !NameBreaks.Contains(text[run]))
        {
            run++;
        }

        if (run - end <= ProgrammeReach && EndsProgramme(text.AsSpan(0, end + WithoutBusiness(text.AsSpan(end, run - end)).Length)))
        {
            return true;
        }

        var open = text.LastIndexOf('「', start);
        var close = open < 0 ? -1 : text.IndexOf('」', end);
        return close > 0 && text.AsSpan(open, start - open).IndexOf('」') < 0 && close - open <= 40 && EndsProgramme(text.AsSpan(open + 1, close - open - 1).TrimEnd("0123456789. "));
    }

    private static ReadOnlySpan<char> WithoutBusiness(ReadOnlySpan<char> run)
    {
        while (WordAffixes.Ending(run, ProgrammeBusiness) is { } word && run.Length > word.Length)
        {
            run = run[..^word.Length];
        }

        return run;
    }

    private static bool EndsProgramme(ReadOnlySpan<char> name) => WordAffixes.Ending(name, ProgrammeEndings) is not null;

    // The clause is an article of a law quoted or cited as such (刑法第47條：…為累犯, 依刑事訴訟法第84條規定，…).
    private static bool InArticle(string text, int start)
    {
        var clause = Math.Max(text.LastIndexOf('。', Math.Max(0, start - 1)), text.LastIndexOf('\n', Math.Max(0, start - 1))) + 1;
        return Article().IsMatch(text.AsSpan(clause, start - clause));
    }

    [GeneratedRegex(@"^[ \t]*(?:[一二三四五六七八九十]+、)?(?:依|按|查)?[^\s,。、;:]{0,16}?第[0-9一二三四五六七八九十百千]+條(?:之[0-9一二三四五六七八九十]+)?(?:第[0-9一二三四五六七八九十]+項)?(?:第[0-9一二三四五六七八九十]+款)?(?:規定)?[ \t:,「]", RegexOptions.CultureInvariant)]
    private static partial Regex Article();
}
