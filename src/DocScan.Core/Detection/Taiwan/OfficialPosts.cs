namespace DocScan.Core.Detection.Taiwan;

/// <summary>
/// The posts an official holds in role, as documents print them beside a name (承辦人：科員　王大明,
/// 局長　陳大同, 法　官　李美玲, 王大明律師). The name detector reads names after them and role
/// resolution lists such names as the agency's, never as a private person's.
/// </summary>
internal static class OfficialPosts
{
    /// <summary>Posts read just before a name (科長王大明, 主持人：副局長 王大明).</summary>
    public static readonly string[] Before =
    [
        "局長", "處長", "署長", "部長", "次長", "首長", "市長", "縣長", "院長", "所長", "校長", "主任秘書", "秘書長", "秘書", "參事",
        "科長", "課長", "股長", "組長", "隊長", "主任", "專員", "科員", "課員", "技士", "技正", "技佐", "視察", "專門委員", "辦事員", "助理員",
        "承辦人", "聯絡人", "連絡人", "新聞聯絡人", "發言人", "主持人", "講座", "教授", "法官", "審判長", "書記官", "檢察官", "司法事務官",
    ];

    /// <summary>Posts read just after a name (王大明律師).</summary>
    public static readonly string[] After = ["律師", "法官", "書記官", "檢察官", "局長", "處長", "科長", "專員"];

    /// <summary>The agency's contact points: a unit may stand between the label and the name (本案聯絡人：地籍科徐文賢).</summary>
    public static readonly string[] ContactPoints = ["承辦人", "聯絡人", "連絡人", "聯絡窗口", "新聞聯絡人"];

    /// <summary>A ruling spaces the posts of its officials out as it spaces its parties (法　官, 書記官).</summary>
    public static readonly string[] Court = ["法官", "審判長", "書記官", "檢察官"];
}
