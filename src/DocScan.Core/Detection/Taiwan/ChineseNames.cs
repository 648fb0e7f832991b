using System.Collections.Frozen;

namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// The shape of a Chinese personal name: a surname (single or compound) and one or two given
/// characters, ending where the name ends. Chinese has no spaces, so the end is where the next
/// character cannot continue a name (punctuation, a particle such as 之/於, a title such as 先生).
/// </summary>
internal static class ChineseNames
{
    /// <summary>The masking character land offices and courts use (王○明).</summary>
    public const char MaskChar = '○';

    // Common Taiwanese surnames. Rare surnames that are far more often the first character of an
    // everyday word after a label (申請, 查詢, 利用, 管理, 路段) are left out on purpose.
    private const string SingleSurnames =
        "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温溫唐藍石蔣古紀姚連馮歐程湯黄田康姜白汪鄒尤巫鐘黎涂龔袁金童夏柳凃邵錢伍倪于譚駱熊甘秦毛萬俞雷粘饒闕凌崔尹孔辛辜陶龍韋葛池孟褚殷麥賀賈莫梅裴樊房佘魯鮑郝穆邢蒲谷閻盛鄔耿聶祝繆陽岳齊籃舒畢喬龐翟鄞卜喻滕虞苗戚牟艾臧屈幸靳祁諶桂宮刁鄂冉晏仇瞿鞠閔蒙胥柴隋冀荊藺豐楚竇鄢邸燕嚴陸顧紀蘭";

    private static readonly FrozenSet<string> CompoundSurnames = new[]
    {
        "歐陽", "司馬", "張簡", "范姜", "諸葛", "上官", "司徒", "東方", "夏侯", "皇甫", "公孫", "慕容", "長孫",
        "端木", "令狐", "宇文", "尉遲", "南宮", "軒轅", "鍾離", "呼延", "申屠", "獨孤", "淳于", "鮮于", "聞人",
        "張廖", "周黃", "江謝", "劉張", "陳黃", "張李", "黃林", "范張",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly CharBitmap Surnames = new(SingleSurnames);

    /// <summary>Every name starts with one of these: a surname, or the first character of a compound one.</summary>
    public static readonly string NameStartChars = SingleSurnames + string.Concat(CompoundSurnames.Select(s => s[0]));

    private static readonly CharBitmap NameStarts = new(NameStartChars);

    // Characters that practically never stand in a given name but often follow one: particles,
    // verbs of the clause, place and office words, and the characters of masks and placeholders.
    private const string Particles =
        "之於等及與因向係所持身出住的在是並已未或即則均將被由自對就請經應該本其此各每曾原後年日時號者姓先女姐某得須需不無有為以到來去說稱述申查詢資料證書表件單案函條法第項款目至起止元萬億個位名人父母妻夫兄姊妹甲乙丙丁戊" +
        // Verbs that follow a name in a statement of facts (告訴人謝佩珊指稱, 被告郭志偉詐騙).
        "指辯供提涉駕簽遭擔前業亦皆仍乃詐竊偷搶毆殺傷打罵從跟替幫給讓叫要想認知覺發收交送寄借購買賣租陳繳辦講問答回覆拒欠積違逾死亡病患受共";

    // Place and office words: after a "name" they make it an organisation (林務局, 高雄市), not a name.
    private const string OfficeWords = "段路街巷弄樓區市縣鄉鎮村里局處署部院會司公廠校府廳課股室隊科";

    private static readonly CharBitmap NotInGivenName = new(Particles + OfficeWords);

    private static readonly CharBitmap EndsName = new(Particles);

    // Words that follow a name: titles and honorifics (checked after the name, not as part of it).
    private static readonly string[] FollowingWords =
    [
        "先生", "女士", "小姐", "太太", "君", "委員", "教授", "副教授", "助理教授", "講師", "研究員", "博士", "律師",
        "會計師", "建築師", "技師", "醫師", "老師", "主任", "經理", "董事", "里長", "同學", "夫婦", "女兒", "兒子",
        // Official posts after a name (召集人王正雄副局長).
        "副局長", "局長", "副處長", "處長", "科長", "課長", "組長", "所長", "署長", "院長", "校長", "秘書", "執行長", "理事長",
        // A ruling's statement of the offence (被告王大明犯竊盜罪): no given name holds 犯.
        "犯",
    ];

    // Honorifics standing where a given name would (王先生, 李小姐): a form of address, not a name.
    private static readonly string[] Honorifics = ["先生", "女士", "小姐", "太太", "同學", "老師"];

    // Two-character words that begin with a surname and read as a name after a label (當事人陳述, 申請人許可).
    private static readonly FrozenSet<string> Words = new[]
    {
        "陳述", "陳情", "陳報", "陳核", "陳請", "陳列", "陳稱", "林地", "林業", "高度", "高級", "高等", "高雄",
        "黃金", "方式", "方面", "方案", "方法", "方向", "周知", "周邊", "周年", "許可", "程序", "程度", "程式",
        "金額", "金融", "金門", "張貼", "施行", "施工", "施作", "施用", "何時", "何者", "何處", "何種", "古蹟",
        "古物", "石油", "石材", "田地", "康復", "溫度", "温度", "董事", "紀錄", "紀要", "紀念", "黎明", "杜絕",
        "卓越", "洪水", "馬路", "馬上", "藍色", "白天", "白色", "尤其", "尤以", "萬元", "凌晨", "莫非", "房屋",
        "房地", "房租", "祝福", "陽台", "舒適", "畢業", "苗栗", "連續", "連結", "連絡", "連帶", "連同", "連線", "簡易",
        "簡稱", "簡報", "簡化", "簡章", "曾經", "游憩", "江南", "蘇澳", "宮廟", "嚴重", "嚴格", "陸續", "顧問",
        "顧及", "余額", "錢財", "雷同", "齊全", "盛大", "孔道", "幸福", "戚友", "祁連", "梅花", "桂花", "聶耳",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Made once: getting a set's span look-up checks its comparer each time, and names are read at
    // every character of a candidate.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundSurnameLookup = CompoundSurnames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    public static bool IsSurname(char c) => Surnames.Contains(c);

    /// <summary>Whether a name may start anywhere in the text: false for most lines, at the cost of one character-set search.</summary>
    public static bool MayHoldName(ReadOnlySpan<char> text) => NameStarts.IndexOfAny(text) >= 0;

    /// <summary>Length of the surname starting at <paramref name="index"/>: 2 for 歐陽, 1 for 王, 0 for none.</summary>
    public static int SurnameLength(ReadOnlySpan<char> text, int index)
    {
        // Most characters start no surname: one bit test spares the compound surnames' hash look-up.
        if (index >= text.Length || !NameStarts.Contains(text[index]))
        {
            return 0;
        }

        if (index + 1 < text.Length && IsIdeograph(text[index + 1]) && CompoundSurnameLookup.Contains(text.Slice(index, 2)))
        {
            return 2;
        }

        return IsSurname(text[index]) ? 1 : 0;
    }

    /// <summary>
    /// Reads a name starting at <paramref name="index"/>: the longest surname + given characters that
    /// ends at a name boundary. Returns the length in <paramref name="text"/>, or 0 when none fits.
    /// </summary>
    public static int Read(ReadOnlySpan<char> text, int index)
    {
        var surname = SurnameLength(text, index);
        if (surname == 0 || StartsWithHonorific(text[(index + surname)..]))
        {
            return 0;
        }

        // A married woman's name with her husband's surname first (林黃秀英); 君 after three characters
        // addresses the person (謝孟儒君), it does not end a married name.
        if (surname == 1 && index + 1 < text.Length && IsSurname(text[index + 1]) && ReadGiven(text, index, 2, married: true) is > 0 and var married)
        {
            return married;
        }

        if (ReadGiven(text, index, surname, married: false) is > 0 and var length)
        {
            return length;
        }

        // A compound surname can also be a single one followed by a given name (張簡 → 張簡明 or 張 簡明).
        return surname == 2 && IsSurname(text[index]) ? ReadGiven(text, index, 1, married: false) : 0;
    }

    // The length of a name of `surname` characters and the longest given name that ends at a name boundary, or 0.
    private static int ReadGiven(ReadOnlySpan<char> text, int index, int surname, bool married)
    {
        for (var given = 2; given >= 1; given--)
        {
            var end = index + surname + given;
            if (end <= text.Length && !(married && text[end - 1] == '君') && AreGivenChars(text.Slice(index + surname, given))
                && IsBoundary(text, end) && IsName(text[index..end], surname))
            {
                return end - index;
            }
        }

        return 0;
    }

    /// <summary>
    /// Reads a name whose characters a form pads apart (王　小　明, 王  明), as printed in fixed-width
    /// fields. Returns the span length, or 0; the name is the span without its spaces.
    /// </summary>
    public static int ReadSpaced(ReadOnlySpan<char> text, int index)
    {
        Span<char> chars = stackalloc char[4];
        var count = 0;
        var i = index;
        var end = index;
        var gap = 0;
        while (i < text.Length && count < 4 && IsIdeograph(text[i]))
        {
            chars[count++] = text[i];
            end = i + 1;
            var spaces = 0;
            while (i + 1 + spaces < text.Length && text[i + 1 + spaces] == ' ' && spaces < 4)
            {
                spaces++;
            }

            // Padding is even (王　小　明); a wider gap starts the next field (王　明　　性別).
            if (spaces == 0 || (gap != 0 && spaces != gap))
            {
                break;
            }

            gap = spaces;
            i += 1 + spaces;
        }

        // Only a name padded throughout; a name followed by a space is read by Read.
        if (count < 2 || end - index == count || (end < text.Length && IsIdeograph(text[end])))
        {
            return 0;
        }

        var compact = chars[..count];
        var surname = SurnameLength(compact, 0);
        if (surname == 0 || count - surname is < 1 or > 2 || !AreGivenChars(compact[surname..]) || !IsName(compact, surname))
        {
            return 0;
        }

        return end - index;
    }

    /// <summary>
    /// Where a name ending exactly at <paramref name="end"/> starts (王小明有竊盜前科: a name ends before
    /// 有), or -1. <paramref name="startsAfter"/> decides whether what precedes the name lets one start there;
    /// it is given the text rather than capturing it, so that a static method serves without a closure.
    /// </summary>
    public static int NameEndingAt(string text, int end, Func<string, int, bool> startsAfter)
    {
        for (var length = 4; length >= 2; length--)
        {
            var start = end - length;
            if (start >= 0 && Read(text.AsSpan(0, end), start) == length && startsAfter(text, start))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>Whether a name may start right after this character (a particle or punctuation, not inside a word).</summary>
    public static bool CanPrecedeName(char c) => !IsIdeograph(c) || EndsName.Contains(c);

    /// <summary>王小明 → 王○明, 王明 → 王○, 歐陽小明 → 歐陽○○: the surname stays so a reviewer can tell names apart.</summary>
    public static string Mask(string name)
    {
        var surname = Math.Max(1, SurnameLength(name, 0));
        if (name.Length <= surname)
        {
            return name;
        }

        var given = name.Length - surname;
        var keepLast = surname == 1 && given >= 2;
        return string.Concat(name.AsSpan(0, surname), new string(MaskChar, keepLast ? given - 1 : given), keepLast ? name.AsSpan(name.Length - 1) : "");
    }

    /// <summary>Whether a character (a mask or a letter standing for one) hides part of an already masked name.</summary>
    public static bool IsMaskChar(char c) => c is MaskChar or '〇' or 'O' or 'o' or '*' or 'X' or 'x' or '某';

    private static bool AreGivenChars(ReadOnlySpan<char> given)
    {
        foreach (var c in given)
        {
            if (!IsIdeograph(c) || NotInGivenName.Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsName(ReadOnlySpan<char> name, int surname)
    {
        // Only the two-character reading is the word: 黃金山 is a name, 黃金 alone is gold.
        if (name.Length == 2 && WordLookup.Contains(name))
        {
            return false;
        }

        // 王君 is 'Mr Wang'; 王君明 is a name.
        var given = name[surname..];
        return !StartsWithHonorific(given) && given is not "君";
    }

    private static bool StartsWithHonorific(ReadOnlySpan<char> text) => WordAffixes.Starting(text, Honorifics) is not null;

    private static bool IsBoundary(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length || !IsIdeograph(text[end]))
        {
            // A mask right after (王小○) means the name is masked, not that it ends.
            return end >= text.Length || !IsMaskChar(text[end]);
        }

        return EndsName.Contains(text[end]) || WordAffixes.Starting(text[end..], FollowingWords) is not null;
    }
}
