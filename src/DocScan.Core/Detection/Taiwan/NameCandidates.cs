using System.Buffers;
using System.Text.RegularExpressions;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>What put a name where it is.</summary>
internal enum NameTrigger
{
    /// <summary>After a label naming a private person (姓名：, 申請人, 所有權人).</summary>
    PersonLabel,

    /// <summary>After a post an official holds in role (承辦人：科員　王小明, 局長　陳大同, 法　官　李美玲): the agency's, listed but never private.</summary>
    OfficialPost,

    /// <summary>After a label naming an evaluation committee member (評選委員, 召集人, 委員名單).</summary>
    EvaluatorLabel,

    /// <summary>After a bare 委員, or at the head of a numbered line (一、王大明): an evaluator only where the evaluation is mentioned nearby, never a person name.</summary>
    MemberLabel,

    /// <summary>The whole cell of a table column headed 姓名 (or 申請人, 委員姓名...).</summary>
    Column,

    /// <summary>The whole segment, right after a segment holding only a label (a form's 姓名 | 王小明 row).</summary>
    LabelCell,
}

/// <param name="Start">Offset in the normalized text.</param>
/// <param name="Name">The name without padding spaces.</param>
/// <param name="Label">The label or column header that introduced it.</param>
/// <param name="Separated">Whether a colon, space or cell boundary set the name apart from its label.</param>
internal readonly record struct NameCandidate(int Start, int Length, string Name, NameTrigger Trigger, string Label, bool Separated)
{
    /// <summary>Three-character names after a colon are nearly always names; two-character ones in running text less so.</summary>
    public double Confidence => (Separated ? 0.85 : 0.75) + (Name.Length >= 3 ? 0.1 : 0);

    /// <summary>The candidate as a detector's match, its name masked; a name in an official's post confirms no record.</summary>
    public DetectorMatch ToMatch() => new(Start, Length, Name, ChineseNames.Mask(Name), Confidence, InOfficialRole: Trigger is NameTrigger.OfficialPost);
}

/// <summary>
/// Finds names where official documents put private persons' and evaluators' names: after labels,
/// before the honorific 君, at the head of numbered lines, in columns headed 姓名 and in the cell
/// next to a 姓名 cell. Shared by the person-name and
/// evaluator-name detectors so that both see the same names and each claims its own.
/// </summary>
internal static partial class NameCandidates
{
    /// <summary>Labels naming a private person in the role the document deals with.</summary>
    public static readonly string[] PersonLabels =
    [
        "姓名", "申請人", "所有權人", "當事人", "被保險人", "陳情人", "關係人", "被告", "受查詢人", "代理人",
        "法定代理人", "負責人", "納稅義務人", "義務人", "受處分人", "訴願人", "原告", "告訴人", "被害人", "證人",
        "嫌疑人", "受刑人", "繼承人", "被繼承人", "立書人", "登記名義人", "受款人", "抵押權人", "債務人", "債權人",
        "承租人", "出租人", "買受人", "出賣人", "檢舉人", "投保人", "要保人", "病患", "學生", "受文者",
        // Owners and residents in a land or building matter (屋主王志明於…); the guardian beside a ward; the subject of a care note (個案林美玲).
        "屋主", "地主", "住戶", "監護人", "個案",
        // A dependant on an NHI record (被保險人 and 眷屬); the holder of a bank account on a refund form.
        "眷屬", "戶名",
        // The parties of rulings and rulings' 當事人 blocks (聲請人　王小明, 相對人　陳大同).
        "聲請人", "相對人", "受監護人", "受輔助宣告人", "上訴人", "被上訴人", "抗告人", "再抗告人", "自訴人", "參加人",
        "被付懲戒人", "受判決人",
        // The subject of a police officer's duty report (警員王小明於…查詢民眾陳大同之資料).
        "警員", "民眾",
        // A private person's next of kin on a form, not the agency's 聯絡人.
        EmergencyContact,
    ];

    /// <summary>The next of kin a form names (緊急聯絡人：王大同): private, though the label ends in 聯絡人.</summary>
    public const string EmergencyContact = "緊急聯絡人";

    // A ruling's 當事人 block spaces its labels out to the width of the longest (被　　告, 法　官).
    private static readonly string[] SpacedPartyLabels = ["被告", "原告", "證人", "上訴人", "聲請人", "相對人", "關係人", "抗告人", "告訴人", "自訴人"];

    /// <summary>Column headers whose cells are private persons' names, besides any header holding 姓名.</summary>
    private static readonly HashSet<string> PersonHeaders =
    [
        .. PersonLabels, "車主", "所有人", "學員", "參加人員", "參加者", "受助者", "受益人", "聯絡人", "家長", "領款人",
        "補助對象", "申請者",
    ];

    /// <summary>Labels naming members of a procurement evaluation committee.</summary>
    public static readonly string[] EvaluatorLabels =
    [
        "評選委員", "評審委員", "外聘委員", "內聘委員", "召集人", "副召集人", "委員名單", "委員姓名", "出席委員",
    ];

    private const string MemberLabel = "委員";

    private static readonly string[] OfficialLabels = [.. OfficialPosts.Before.Union(OfficialPosts.ContactPoints)];

    // Each spaced spelling with the label it spells (被  告 → 被告).
    private static readonly (string Spelling, string Label)[] SpacedLabels =
        [.. SpacedPartyLabels.Concat(OfficialPosts.Court).SelectMany(label => SpacedOut(label).Select(spelling => (spelling, label)))];

    // Each spelling a label is found by, with the label it spells and what a name after it is.
    private static readonly (string Spelling, string Label, NameTrigger Trigger)[] LabelSpellings =
    [
        .. PersonLabels.Select(l => (l, l, NameTrigger.PersonLabel)),
        .. EvaluatorLabels.Select(l => (l, l, NameTrigger.EvaluatorLabel)),
        (MemberLabel, MemberLabel, NameTrigger.MemberLabel),
        .. OfficialLabels.Select(l => (l, l, NameTrigger.OfficialPost)),
        .. SpacedLabels.Select(l => (l.Spelling, l.Label, OfficialPosts.Court.Contains(l.Label) ? NameTrigger.OfficialPost : NameTrigger.PersonLabel)),
    ];

    // The labels that name a private person or an evaluator: whether a person is named nearby is asked of these.
    private static readonly Keywords AllLabels = [.. PersonLabels, .. EvaluatorLabels, MemberLabel];

    // Officials' posts and the spaced labels of rulings: names after them are read, but they say nothing of a private person nearby.
    private static readonly Keywords PostAndSpacedLabels = Detection.Keywords.Create([.. OfficialLabels, .. SpacedLabels.Select(l => l.Spelling)]);

    private static readonly Dictionary<string, (string Label, NameTrigger Trigger)> LabelOf =
        LabelSpellings.ToDictionary(l => l.Spelling, l => (l.Label, l.Trigger), StringComparer.Ordinal);

    // Labels of the numbers a foreign resident is known by; a name in Latin capitals stands beside them.
    private static readonly Keywords ForeignIdLabels = ["護照", "居留證", "統一證號", "PASSPORT"];

    // Words of headings, agencies and forms that print in capitals beside such a number but name nobody.
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "GOVERNMENT", "MINISTRY", "CITY", "COUNTY", "OFFICE", "DEPARTMENT", "BUREAU", "AGENCY", "ADMINISTRATION", "COUNCIL", "ROC", "R.O.C.",
        "NO", "NO.", "FAX", "TEL", "EMAIL", "E-MAIL", "TAIWAN", "REPUBLIC", "CHINA", "LABOR", "LABOUR", "PASSPORT", "ARC", "UI", "ID", "NAME",
        "NATIONALITY", "DATE", "BIRTH", "OF", "THE", "AND", "FOR", "CENTER", "CENTRE", "SERVICE", "SERVICES", "IMMIGRATION", "NATIONAL",
        "UNIVERSITY", "COLLEGE", "SCHOOL", "COMPANY", "CO.", "CO", "LTD", "LTD.", "INC", "INC.", "CORP", "CORP.", "TRAINING", "COURSE",
        "PROGRAM", "PROGRAMME", "WORKSHOP", "SEMINAR", "PLUS", "PRO", "MAX", "VISA", "RESIDENT", "CERTIFICATE", "PERMIT", "WORK", "HEALTH",
        "INSURANCE", "CARD", "NUMBER", "TYPE", "VERSION", "SYSTEM", "ONLINE", "APP", "ENGLISH", "CHINESE", "TEST", "INTRODUCTION", "BASIC",
    };

    // Where a letter addresses someone after a verb or preposition that is no particle (有關陳大同先生, 感謝王小明君).
    private static readonly string[] LeadIns = ["有關", "相關", "感謝", "致", "通知", "邀請", "函請", "函復"];

    // A label a form's cell holds alone, and what the name in the next cell is. A span look-up, made once:
    // the cell before every short cell is compared with the labels.
    private static readonly Dictionary<string, NameTrigger>.AlternateLookup<ReadOnlySpan<char>> CellLabels =
        PersonLabels.Select(l => (l, NameTrigger.LabelCell)).Concat(EvaluatorLabels.Select(l => (l, NameTrigger.EvaluatorLabel)))
            .ToDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // A form leaves room for a name: a lone cell is short.
    private const int MaxCellLength = 16;

    // Enumerations run long in committee lists, but not forever.
    private const int MaxNamesPerLabel = 30;

    /// <summary>The words the candidates and <see cref="EvaluationContext"/> ask about.</summary>
    public static IEnumerable<Keywords> Keywords => [AllLabels, PostAndSpacedLabels, ForeignIdLabels, HonorificWords, .. EvaluationContext.Keywords];

    /// <summary>Every candidate name in the input's text, and whether it stands in a procurement evaluation.</summary>
    public static (NameCandidate Candidate, bool Evaluator)[] WithRoles(DetectionInput input)
    {
        if (Find(input) is not { } candidates)
        {
            return [];
        }

        var roles = new (NameCandidate, bool)[candidates.Count];
        for (var i = 0; i < roles.Length; i++)
        {
            roles[i] = (candidates[i], EvaluationContext.IsEvaluator(input, candidates[i]));
        }

        return roles;
    }

    /// <summary>Every candidate name in the input's text.</summary>
    private static List<NameCandidate>? Find(DetectionInput input)
    {
        var text = input.Text;
        if (!ChineseNames.MayHoldName(text))
        {
            // Every way below reads a name through ChineseNames, which needs a surname to start it; a
            // foreign worker's name in Latin letters stands in a column headed 英文姓名 or NAME, or beside
            // his passport or resident certificate number.
            List<NameCandidate>? latin = LatinCellName(input) is { } cell ? [cell] : null;
            FindBesideForeignIds(input, ref latin);
            return latin;
        }

        List<NameCandidate>? found = null;
        FindAfterLabels(input, AllLabels, ref found);
        FindAfterLabels(input, PostAndSpacedLabels, ref found);
        FindBesideForeignIds(input, ref found);

        if (input.Has(HonorificWords))
        {
            FindBeforeHonorific(text, ref found);
        }

        if (found is null && LengthAtStart(ItemMarker(), text) is > 0 and var marker)
        {
            // 一、王大明（國立臺灣大學教授）: a list of members under a heading; a member only in an evaluation.
            ReadList(text, marker, NameTrigger.MemberLabel, "項次", ref found);
        }

        // The name is read before the header or the previous cell is looked at: most short segments
        // are no name, and the neighbours' text is worked out for the whole document when first asked for.
        if (text.Length <= MaxCellLength && WholeCellName(text, out var start) is > 0 and var length)
        {
            if (input.Segment.Cell is not null && input.ColumnHeader is { } header && NameHeader(header) is { } trigger)
            {
                Add(ref found, new NameCandidate(start, length, NameAt(text, start, length), trigger, header, Separated: true));
            }
            else if (found is null && LabelOfPreviousCell(input.BeforeSpan) is (string label, var labelTrigger))
            {
                Add(ref found, new NameCandidate(start, length, NameAt(text, start, length), labelTrigger, label, Separated: true));
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a name may start at <paramref name="start"/>: at the start of the text, after punctuation
    /// or a particle, or right after a person label (被告王小明), but not inside a word.
    /// </summary>
    public static bool NameMayStartAt(string text, int start) =>
        start == 0 || ChineseNames.CanPrecedeName(text[start - 1]) || WordAffixes.Ending(text.AsSpan(0, start), PersonLabels) is not null;

    private static void FindAfterLabels(DetectionInput input, Keywords labels, ref List<NameCandidate>? found)
    {
        var text = input.Text;
        var from = 0;
        while (from < text.Length && input.FirstWord(labels, from) is (int at, string spelling))
        {
            var (label, trigger) = LabelOf[spelling];
            var index = at + spelling.Length;
            if (Array.IndexOf(OfficialPosts.ContactPoints, label) >= 0)
            {
                index = SkipUnit(text, index);
            }

            from = StartsCandidate(found, SkipSeparators(text, index, out _)) ? index : ReadList(text, index, trigger, label, ref found);
        }
    }

    // 本案聯絡人：地籍科徐文賢, 承辦人：社工員　陳建宏: the contact's unit (科, 組, 課, 室…) or post (…員, …師)
    // between the label and the name.
    private static int SkipUnit(string text, int index)
    {
        var i = SkipSeparators(text, index, out _);
        if (NameLength(text, i, padded: false) > 0)
        {
            return index;
        }

        for (var end = i + 1; end < text.Length && end - i <= 8 && ChineseNames.IsIdeograph(text[end - 1]); end++)
        {
            var name = SkipSpaces(text, end);
            if ("科組課室股隊處局員師".Contains(text[end - 1]) && NameLength(text, name, padded: false) > 0 && !IsSurnameAndPost(text, name))
            {
                return name;
            }
        }

        return index;
    }

    // 陳專員, 王科長: a surname and a post address an official without naming him.
    private static bool IsSurnameAndPost(string text, int start) =>
        WordAffixes.Starting(text.AsSpan(start + ChineseNames.SurnameLength(text, start)), OfficialPosts.Before) is not null;

    // 被  告 with one to four spaces between two characters, one or two between three.
    private static IEnumerable<string> SpacedOut(string label) =>
        Enumerable.Range(1, label.Length == 2 ? 4 : 2).Select(gap => string.Join(new string(' ', gap), label.ToCharArray()));

    // 外籍移工 NGUYEN VAN AN（護照號碼 C1234567）, 移工 SITI AMINAH，居留證號 A8xxxxxxxx: a name in Latin
    // capitals right before a foreign resident's number label, or right after the number.
    private static void FindBesideForeignIds(DetectionInput input, ref List<NameCandidate>? found)
    {
        var text = input.Text;
        var from = 0;
        while (from < text.Length && input.FirstWord(ForeignIdLabels, from) is (int at, string label))
        {
            var before = text.AsSpan(0, at).TrimEnd(" (,、:;").Length;
            AddLatin(text, text.AsSpan(0, before).LastIndexOfAnyExcept(LatinNameCapitals) + 1, before, label, ref found);

            var afterLabel = at + label.Length;
            var number = afterLabel + LengthAtStart(NumberLabel(), text.AsSpan(afterLabel));
            var after = SkipAll(text, number, AsciiLettersAndDigits);
            if (after - number >= 7)
            {
                after = SkipAll(text, after, " ),、;");
                AddLatin(text, after, SkipAll(text, after, LatinNameCapitals), label, ref found);
            }

            from = Math.Max(afterLabel, after);
        }
    }

    // 號碼：, 號 , No.: what stands between a label and its number.
    [GeneratedRegex("^(?:[ :.號碼]|(?i:no))*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLabel();

    private const string LatinNameCapitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ -'";

    private const string AsciiLettersAndDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    // The capitals in [start, end), trimmed, if they read as a name and stand apart from other letters and digits.
    private static void AddLatin(string text, int start, int end, string label, ref List<NameCandidate>? found)
    {
        var spaced = text.AsSpan(start, end - start);
        start += spaced.Length - spaced.TrimStart(' ').Length;
        end = start + spaced.Trim(' ').Length;

        if (end - start < 4 || end - start > MaxLatinNameLength
            || (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])) || (end < text.Length && char.IsAsciiLetterOrDigit(text[end])))
        {
            return;
        }

        var name = text[start..end];
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is >= 2 and <= 4 && words.All(w => w.Length >= 2 && !NotNameWords.Contains(w)) && IsLatinName(name) && !StartsCandidate(found, start))
        {
            Add(ref found, new NameCandidate(start, end - start, string.Join(' ', words), NameTrigger.PersonLabel, label, Separated: true));
        }
    }

    // Reads 「：王小明、李大華（國立臺灣大學教授）及陳小英」 after a label; returns where reading stopped.
    private static int ReadList(string text, int index, NameTrigger trigger, string label, ref List<NameCandidate>? found)
    {
        var i = SkipSeparators(text, index, out var separated);
        for (var n = 0; n < MaxNamesPerLabel && i < text.Length; n++)
        {
            var length = NameLength(text, i, separated);
            if (length == 0)
            {
                return i;
            }

            Add(ref found, new NameCandidate(i, length, NameAt(text, i, length), trigger, label, separated));
            i += length;
            i = SkipTrailer(text, i);
            if (i >= text.Length || !IsListSeparator(text[i]))
            {
                return i;
            }

            i = SkipSpaces(text, i + 1);
        }

        return i;
    }

    private static int SkipSeparators(ReadOnlySpan<char> text, int i, out bool separated)
    {
        separated = false;
        var start = i;
        while (i < text.Length && i - start < 24)
        {
            var c = text[i];
            // OCR reads a full-width colon as a semicolon as often as not (姓名；陳冠宇).
            if (c is ':' or ';' or ' ' or '\t' or '/' or '|')
            {
                separated = true;
                i++;
            }
            else if (c is '為' or '係' or '即' && i == start)
            {
                i++;
            }
            else if (c == '(' && text[i..].IndexOf(')') is var close and > 0 && close <= 16)
            {
                // 申請人（即所有權人）王小明
                i += close + 1;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // After a name: spaces, a parenthesis (an ID, an affiliation, 召集人) and a title (先生, 教授).
    private static int SkipTrailer(ReadOnlySpan<char> text, int i)
    {
        i = SkipSpaces(text, i);
        if (i < text.Length && text[i] == '(' && text[i..].IndexOf(')') is var close and > 0 && close <= 40)
        {
            i = SkipSpaces(text, i + close + 1);
        }

        return WordAffixes.Starting(text[i..], Titles) is { } title ? SkipSpaces(text, i + title.Length) : i;
    }

    private static readonly string[] Titles = ["先生", "女士", "小姐", "委員", "教授", "副教授", "助理教授", "君"];

    private static bool IsListSeparator(char c) => c is '、' or ',' or '及' or '與' or '和' or ';';

    private static int SkipSpaces(ReadOnlySpan<char> text, int i) => SkipAll(text, i, " \t");

    // Where the run of these characters that starts at i ends.
    private static int SkipAll(ReadOnlySpan<char> text, int i, ReadOnlySpan<char> chars) => text[i..].IndexOfAnyExcept(chars) is >= 0 and var n ? i + n : text.Length;

    // 王大明君: letters address private persons so. Only full three- or four-character names, since 君
    // also ends given names (蘇怡君).
    // Forms of address after a full name (陳美玲君, 王大同先生, 李小華女士); 王先生 alone names nobody.
    private static readonly string[] NameHonorifics = ["君", "先生", "女士"];

    private static readonly Keywords HonorificWords = Detection.Keywords.Create(NameHonorifics);

    private static void FindBeforeHonorific(string text, ref List<NameCandidate>? found)
    {
        foreach (var honorific in NameHonorifics)
        {
            for (var at = text.IndexOf(honorific, StringComparison.Ordinal); at >= 3; at = text.IndexOf(honorific, at + 1, StringComparison.Ordinal))
            {
                for (var length = 4; length >= 3; length--)
                {
                    var start = at - length;
                    if (start >= 0 && ChineseNames.Read(text, start) == length && !StartsCandidate(found, start)
                        && (NameMayStartAt(text, start) || WordAffixes.Ending(text.AsSpan(0, start), LeadIns) is not null))
                    {
                        Add(ref found, new NameCandidate(start, length, text.Substring(start, length), NameTrigger.PersonLabel, honorific, Separated: false));
                        break;
                    }
                }
            }
        }
    }

    // Most segments that name anyone name one person: a list sized for one, not the default four.
    private static void Add(ref List<NameCandidate>? found, NameCandidate candidate) => (found ??= new(1)).Add(candidate);

    // A loop rather than List.Exists: a lambda capturing start would be allocated at every 君.
    private static bool StartsCandidate(List<NameCandidate>? found, int start)
    {
        foreach (var candidate in found ?? [])
        {
            if (candidate.Start == start)
            {
                return true;
            }
        }

        return false;
    }

    // 一、 (一) 1. 1、 (1): how a numbered line of a list begins, with the spaces around it.
    [GeneratedRegex(@"\A[ \t]*(?:\([0-9一二三四五六七八九十]{1,3}\)|[0-9一二三四五六七八九十]{1,3}[、.])[ \t]*")]
    private static partial Regex ItemMarker();

    // The length of an anchored expression's match, or 0; read without allocating, as most segments are asked.
    private static int LengthAtStart(Regex regex, ReadOnlySpan<char> text)
    {
        var matches = regex.EnumerateMatches(text);
        return matches.MoveNext() ? matches.Current.Length : 0;
    }

    // Padded names (王　小　明) only stand alone in form fields: after a colon, a space or a cell boundary.
    private static int NameLength(ReadOnlySpan<char> text, int i, bool padded)
    {
        var length = ChineseNames.Read(text, i);
        return length > 0 || !padded ? length : ChineseNames.ReadSpaced(text, i);
    }

    // The name read at i, made a string only once it is a candidate; a padded name without its padding.
    private static string NameAt(string text, int i, int length)
    {
        var name = text.Substring(i, length);
        return name.Contains(' ', StringComparison.Ordinal) ? name.Replace(" ", "", StringComparison.Ordinal) : name;
    }

    // The length of the name that fills the text, or 0: the cell holds the name and at most a note
    // in parentheses (王小明（召集人）).
    private static int WholeCellName(string text, out int start)
    {
        start = SkipSpaces(text, 0);
        var length = NameLength(text, start, padded: true);
        return length > 0 && SkipTrailer(text, start + length) == text.Length ? length : 0;
    }

    // Passports print names in capitals, two to four words: NGUYEN VAN AN, MARIA SANTOS.
    private const int MaxLatinNameLength = 40;

    // A whole cell that reads as a name in Latin letters, under a column of names.
    private static NameCandidate? LatinCellName(DetectionInput input)
    {
        var text = input.Text;
        if (input.Segment.Cell is null || text.Length > MaxLatinNameLength || !IsLatinName(text.AsSpan().Trim())
            || input.ColumnHeader is not { } header || NameHeader(header) is not { } trigger)
        {
            return null;
        }

        var start = SkipSpaces(text, 0);
        var name = text.AsSpan().Trim().ToString();
        return new NameCandidate(start, name.Length, name, trigger, header, Separated: true);
    }

    // Two to four words of letters, each opening with a capital (a hyphen or apostrophe may join parts).
    private static bool IsLatinName(ReadOnlySpan<char> cell)
    {
        var words = 0;
        foreach (var range in cell.Split(' '))
        {
            var word = cell[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!char.IsAsciiLetterUpper(word[0]) || word.ContainsAnyExcept(LatinNameChars))
            {
                return false;
            }

            words++;
        }

        return words is >= 2 and <= 4;
    }

    private static readonly SearchValues<char> LatinNameChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-'.");

    // Columns whose cells are names: 姓名, 委員姓名, 申請人, 所有權人...
    private static NameTrigger? NameHeader(string header)
    {
        var compact = header.Replace(" ", "", StringComparison.Ordinal).Trim();
        if (compact.Contains("委員", StringComparison.Ordinal) || compact is "召集人")
        {
            return NameTrigger.EvaluatorLabel;
        }

        // System exports head the column in English: IDNO | NAME | BIRTH.
        if (compact.Contains("姓名", StringComparison.Ordinal) || PersonHeaders.Contains(compact)
            || compact.Equals("NAME", StringComparison.OrdinalIgnoreCase))
        {
            return NameTrigger.Column;
        }

        return null;
    }

    // A form row: the previous cell (or line) holds only a label, e.g. 「姓名」 or 「申請人：」.
    private static (string Label, NameTrigger Trigger)? LabelOfPreviousCell(ReadOnlySpan<char> before)
    {
        if (before.Length == 0)
        {
            return null;
        }

        var lastBreak = before.LastIndexOf('\n');
        var previous = before[(lastBreak + 1)..].Trim().TrimEnd(':').Trim();
        if (previous.Length is < 2 or > 8)
        {
            return null;
        }

        // 姓 名 as a form spaces it out: compared without the spaces, on the stack.
        Span<char> buffer = stackalloc char[previous.Length];
        var length = 0;
        foreach (var c in previous)
        {
            if (c != ' ')
            {
                buffer[length++] = c;
            }
        }

        var compact = buffer[..length];
        return CellLabels.TryGetValue(compact, out var label, out var trigger) ? (label, trigger) : null;
    }
}
