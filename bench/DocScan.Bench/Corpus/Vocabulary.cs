namespace DocScan.Bench.Corpus;

/// <summary>The words Taiwanese official letters (公文) are made of.</summary>
internal static class Vocabulary
{
    /// <summary>Agency, the prefix of its 發文字號, and its head's title.</summary>
    public static readonly (string Name, string Prefix, string Head)[] Agencies =
    [
        ("臺北市政府社會局", "北市社助", "局長"),
        ("新北市政府地政局", "新北地籍", "局長"),
        ("內政部警政署", "警署刑偵", "署長"),
        ("衛生福利部中央健康保險署", "健保承", "署長"),
        ("臺中市政府教育局", "中市教小", "局長"),
        ("高雄市政府環境保護局", "高市環稽", "局長"),
        ("桃園市政府工務局", "桃工建", "局長"),
        ("財政部北區國稅局", "北區國稅審", "局長"),
        ("行政院公共工程委員會", "工程企", "主任委員"),
        ("臺南市政府民政局", "南市民戶", "局長"),
        ("新竹縣竹北市公所", "竹市社", "市長"),
        ("臺北市大安區戶政事務所", "北市安戶", "主任"),
    ];

    public static readonly (string County, string District, string PostCode)[] Districts =
    [
        ("臺北市", "大安區", "106"), ("臺北市", "中正區", "100"), ("臺北市", "信義區", "110"),
        ("新北市", "板橋區", "220"), ("新北市", "中和區", "235"), ("臺中市", "西屯區", "407"),
        ("高雄市", "苓雅區", "802"), ("桃園市", "中壢區", "320"), ("臺南市", "東區", "701"),
        ("新竹縣", "竹北市", "302"), ("彰化縣", "員林市", "510"), ("花蓮縣", "花蓮市", "970"),
        ("宜蘭縣", "羅東鎮", "265"), ("屏東縣", "屏東市", "900"),
    ];

    public static readonly string[] Villages = ["仁愛里", "光復里", "中正里", "福德里", "永和里", "民生里", "建國里", "復興里"];

    public static readonly string[] Roads =
    [
        "信義路", "中山北路", "忠孝東路", "民生路", "中正路", "文化路", "建國路", "復興南路", "和平西路", "市府路", "光復路", "自由路",
    ];

    public static readonly string[] Sections = ["一段", "二段", "三段", "四段", ""];

    public static readonly string[] Surnames =
    [
        "陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "曾", "邱", "廖", "賴", "周", "歐陽", "張簡",
    ];

    public static readonly string[] GivenNames =
    [
        "志明", "淑芬", "建宏", "雅婷", "家豪", "怡君", "俊傑", "美玲", "冠宇", "佳穎", "宗翰", "欣怡", "承恩", "品妤", "文雄", "秀英",
    ];

    public static readonly string[] Laws =
    [
        "個人資料保護法第6條第1項", "社會救助法第5條之1", "政府採購法第94條", "土地登記規則第24條之1", "行政程序法第46條",
        "全民健康保險法第79條", "刑法第132條", "國家機密保護法第4條", "公文程式條例第2條", "戶籍法第65條", "採購評選委員會組織準則第6條",
    ];

    public static readonly string[] Programs =
    [
        "中低收入戶生活扶助", "急難救助", "身心障礙者生活補助", "老人健保自付額補助", "弱勢家庭兒童托育補助", "租金補貼",
        "市民活動中心整修工程", "校園午餐供應", "空氣品質維護", "地籍圖重測",
    ];

    public static readonly string[] Companies =
    [
        "宏達營造股份有限公司", "大成資訊股份有限公司", "新光保全股份有限公司", "永信工程顧問有限公司", "台灣環境科技股份有限公司",
    ];

    public static readonly string[] Banks = ["臺灣銀行", "臺灣土地銀行", "合作金庫商業銀行", "中華郵政", "第一商業銀行"];

    public static readonly string[] Speeds = ["普通件", "普通件", "普通件", "速件", "最速件"];

    public static readonly string[] Attachments = ["如說明二", "審查結果清冊1份", "無", "會議議程及簽到表各1份", "申請表影本1份"];
}
