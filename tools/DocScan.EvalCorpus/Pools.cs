namespace DocScan.EvalCorpus;

/// <summary>A sending agency: its letterhead values (synthetic: the numbers and mailboxes are made up).</summary>
public sealed record Agency(string Name, string Short, string WordPrefix, string PostalCode, string[] Address, string Area, string Domain, string Unit);

/// <summary>A district court: its address and area code (its service numbers are made up).</summary>
public sealed record Court(string Name, string Address, string Area);

/// <summary>A company of a tender: name, address, phone, 統一編號 (made up, checksum-valid).</summary>
public sealed record Company(string Name, string[] Address, string Phone, string Ubn);

/// <summary>The word lists the corpus draws from. Names are common syllables, combined at random.</summary>
public static class Pools
{
    public static readonly Agency[] Agencies =
    [
        new("臺北市政府環境保護局", "環保局", "北市環綜字", "110", ["臺北市", "信義區", "市府路", "1號"], "02", "dep-ep.gov.taipei", "綜合企劃科"),
        new("新北市政府社會局", "社會局", "新北社助字", "220", ["新北市", "板橋區", "中山路", "一段", "161號"], "02", "ntpc.gov.tw", "社會救助科"),
        new("桃園市政府勞動局", "勞動局", "桃勞外字", "330", ["桃園市", "桃園區", "縣府路", "1號"], "03", "tycg.gov.tw", "外勞事務科"),
        new("臺中市政府地政局", "地政局", "中市地籍字", "407", ["臺中市", "西屯區", "臺灣大道", "三段", "99號"], "04", "taichung.gov.tw", "地籍科"),
        new("臺南市政府衛生局", "衛生局", "南市衛疾字", "701", ["臺南市", "東區", "林森路", "一段", "418號"], "06", "tncghb.gov.tw", "疾病管制科"),
        new("高雄市政府警察局", "警察局", "高市警刑字", "802", ["高雄市", "苓雅區", "四維三路", "2號"], "07", "kmph.gov.tw", "刑事警察大隊"),
        new("新竹縣政府教育處", "教育處", "府教學字", "302", ["新竹縣", "竹北市", "光明六路", "10號"], "03", "hcc.edu.tw", "學務管理科"),
        new("彰化縣政府工務處", "工務處", "府工管字", "500", ["彰化縣", "彰化市", "中山路", "二段", "416號"], "04", "chcg.gov.tw", "工程管理科"),
        new("宜蘭縣政府民政處", "民政處", "府民行字", "260", ["宜蘭縣", "宜蘭市", "縣政北路", "1號"], "03", "e-land.gov.tw", "行政科"),
        new("內政部移民署", "移民署", "移署移字", "100", ["臺北市", "中正區", "廣州街", "15號"], "02", "immigration.gov.tw", "移民資訊組"),
        new("交通部公路局", "公路局", "路監字", "106", ["臺北市", "大安區", "和平東路", "二段", "70號"], "02", "thb.gov.tw", "監理組"),
        new("屏東縣政府農業處", "農業處", "屏府農務字", "900", ["屏東縣", "屏東市", "自由路", "527號"], "08", "pthg.gov.tw", "農務科"),
    ];

    public static readonly string[] Surnames = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "邱", "曾", "廖", "賴", "周", "徐", "蘇", "葉", "莊", "呂", "江", "何", "蕭", "羅", "高", "潘", "簡", "朱", "鍾", "游", "彭", "詹", "胡", "施", "沈"];

    public static readonly string[] GivenFirst = ["志", "淑", "美", "家", "俊", "宗", "雅", "怡", "建", "文", "明", "秀", "冠", "佩", "承", "柏", "育", "欣", "婉", "政", "振", "玉", "嘉", "昱", "品", "詩", "宥", "彥", "惠", "信"];

    public static readonly string[] GivenSecond = ["明", "芬", "玲", "豪", "宏", "翰", "婷", "君", "興", "雄", "華", "珍", "廷", "珊", "恩", "安", "德", "蓉", "瑜", "賢", "輝", "琪", "妤", "凱", "萱", "祥", "傑", "琳", "誠", "偉"];

    public static readonly string[] LatinGiven = ["NGUYEN VAN", "TRAN THI", "LE VAN", "PHAM THI", "SITI", "DEWI", "MARIA", "JUAN", "SOMCHAI", "NURUL", "BUDI", "ROSALINDA"];

    public static readonly string[] LatinFamily = ["HUNG", "LAN", "MINH", "THUY", "RAHAYU", "LESTARI", "SANTOS", "DELA CRUZ", "SRISUK", "AMALIA", "SANTOSO", "REYES"];

    public static readonly string[] Nationalities = ["越南", "印尼", "菲律賓", "泰國"];

    /// <summary>Cities and some of their real districts, so an address reads as a real one.</summary>
    public static readonly (string City, string[] Districts)[] Cities =
    [
        ("臺北市", ["中正區", "大安區", "信義區", "士林區", "文山區"]),
        ("新北市", ["板橋區", "新莊區", "三重區", "中和區", "新店區"]),
        ("桃園市", ["桃園區", "中壢區", "平鎮區", "八德區"]),
        ("臺中市", ["西屯區", "北屯區", "南屯區", "豐原區"]),
        ("臺南市", ["東區", "永康區", "安平區", "新營區"]),
        ("高雄市", ["三民區", "鳳山區", "苓雅區", "左營區"]),
    ];

    public static readonly string[] Streets = ["中山路", "民生路", "復興路", "和平路", "光明路", "成功路", "建國路", "自強街", "文化路", "中正路", "民權路", "忠孝東路"];

    public static readonly string[] Sections = ["", "", "一段", "二段", "三段"];

    public static readonly string[] CompanyStems = ["宏達", "大成", "永豐", "聯興", "金鼎", "台昇", "瑞展", "鴻泰", "新光", "益群", "長虹", "國順"];

    public static readonly string[] CompanyKinds = ["營造股份有限公司", "工程有限公司", "資訊股份有限公司", "顧問有限公司", "企業社"];

    public static readonly string[] LandSections = ["大安段一小段", "龍泉段二小段", "斗崙段", "福德段三小段", "興業段", "中正段四小段"];

    public static readonly Court[] Courts =
    [
        new("臺灣臺北地方法院", "臺北市中正區博愛路131號", "02"),
        new("臺灣新北地方法院", "新北市土城區司法五路2號", "02"),
        new("臺灣臺中地方法院", "臺中市西區自由路一段91號", "04"),
        new("臺灣高雄地方法院", "高雄市前金區市中一路153號", "07"),
        new("臺灣桃園地方法院", "桃園市桃園區法治路1號", "03"),
    ];

    public static readonly string[] Crimes = ["竊盜", "詐欺", "公共危險", "傷害", "毒品危害防制條例"];

    public static readonly string[] Conditions = ["失智症", "心智障礙", "思覺失調症", "重度憂鬱症", "阿茲海默症"];

    public static readonly string[] IcdCodes = ["F33.2", "F03.90", "F20.0", "G30.9", "F71"];

    public static readonly string[] Topics = ["空氣品質維護", "資源回收宣導", "防災演練", "登革熱防治", "交通安全宣導", "公務機密維護", "節約能源", "食品安全稽查", "兒童及少年保護", "長期照顧服務"];

    public static readonly string[] Venues = ["本局4樓第2會議室", "本府大禮堂", "本處5樓簡報室", "本署B1國際會議廳", "本府行政大樓601會議室"];

    public static readonly string[] OfficialTitles = ["科員", "專員", "技士", "股長", "課員", "助理員"];
}
