using System.Text;

namespace DocScan.Core.Tests.Extraction.Di;

/// <summary>
/// Electronic 公文 as document-management systems export them (104_2_utf8.dtd, 99_2_big5.dtd): the
/// DTD itself is never shipped, attachments and the exchange form are unparsed entities of the
/// internal subset, text is indented. Agencies, people and numbers are made up; the national IDs
/// are synthetic and pass the checksum. 機關代碼 and 發文字號 numbers look like identifiers and are none.
/// </summary>
internal static class DiLetters
{
    /// <summary>A citizen's ID in the letter's 說明.</summary>
    public const string ApplicantId = "F152601819";

    /// <summary>An ID in the attachment 附件一.txt.</summary>
    public const string AttachmentId = "A166131861";

    public const string AttachmentText = "陳情人名冊\n姓名：林美華，身分證統一編號：A166131861，住址：臺南市東區崇學路100號\n";

    /// <summary>A 函 of a district office answering a citizen, with one attachment and its exchange form.</summary>
    public static string Letter(string secrecy = "<密等/>", string subset = DefaultSubset, string extraText = "") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE 函 SYSTEM "104_2_utf8.dtd" [
        {subset}
        ]>
        <函>
          <發文機關>
            <全銜>嘉禾市東湖區公所</全銜>
            <機關代碼>376470000A</機關代碼>
          </發文機關>
          <函類別 代碼="函"/>
          <地址>嘉禾市東湖路100號</地址>
          <聯絡方式>承辦人：陳○○</聯絡方式>
          <聯絡方式>電話：(06)2991111#1234</聯絡方式>
          <受文者><交換表 交換表單="SW"/></受文者>
          <發文日期><年月日>中華民國115年12月6日</年月日></發文日期>
          <發文字號>
            <字>東區民字</字>
            <文號><年度>115</年度><流水號>1150012345</流水號><支號/></文號>
          </發文字號>
          <速別 代碼="普通件"/>
          <密等及解密條件或保密期限>{secrecy}<解密條件或保密期限></解密條件或保密期限></密等及解密條件或保密期限>
          <附件>
            <文字>陳情人名冊1份</文字>
            <附件檔名 附件名="ATTCH1"/>
          </附件>
          <主旨>
            <文字>有關臺端陳情本區道路積水一案，復如說明，請查照。{extraText}</文字>
          </主旨>
          <段落 段名="說明：">
            <文字/>
            <條列 序號="一、"><文字>復臺端115年11月20日陳情書（陳情人王小明，身分證統一編號{ApplicantId}）。</文字></條列>
            <條列 序號="二、"><文字>本所已派員於115年11月25日會勘，將於近期改善排水設施。</文字></條列>
          </段落>
          <正本><全銜>王小明君</全銜></正本>
          <副本><全銜>嘉禾市政府工務局</全銜></副本>
          <署名>區長　張○○</署名>
        </函>
        """;

    public const string DefaultSubset = """
        <!ENTITY ATTCH1 SYSTEM "附件一.txt" NDATA _X>
        <!ENTITY 表單 SYSTEM "公文.sw" NDATA DI>
        <!NOTATION DI SYSTEM "">
        <!NOTATION _X SYSTEM "">
        """;

    /// <summary>The exchange form that goes with <see cref="Letter"/>: the recipients' agencies.</summary>
    public const string ExchangeForm = """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE 交換表單 SYSTEM "104_roster_utf8.dtd">
        <交換表單>
          <全銜>嘉禾市政府工務局</全銜><機關代碼>376470100A</機關代碼><含附件>含附件</含附件>
        </交換表單>
        """;

    /// <summary>A Big5 簽 of the old exchange (99_2_big5.dtd), with a classification given as text.</summary>
    public static byte[] Big5Memo(string level) => Big5.GetBytes($"""
        <?xml version="1.0" encoding="big5"?>
        <!DOCTYPE 簽 SYSTEM "99_2_big5.dtd">
        <簽>
          <檔號><年度>099</年度><分類號>0301</分類號><案次號>1</案次號></檔號>
          <保存年限>10</保存年限>
          <簽稿會核>簽</簽稿會核>
          <密等及解密條件或保密期限><密等>{level}</密等><解密條件或保密期限>公文製作完成後解密</解密條件或保密期限></密等及解密條件或保密期限>
          <年月日>中華民國99年5月3日</年月日>
          <機關>於民政課</機關>
          <主旨><文字>簽陳里民張志明（身分證統一編號F152601819）申請急難救助案，請核示。</文字></主旨>
          <段落 段名="說明："><條列 序號="一、"><文字>申請人住址：嘉禾市東湖區湖濱路二段50號。</文字></條列></段落>
        </簽>
        """);

    /// <summary>A 開會通知單 of an evaluation committee: its attendees are external persons.</summary>
    public const string MeetingNotice = """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE 開會通知單 SYSTEM "104_2_utf8.dtd">
        <開會通知單>
          <發文機關><全銜>嘉禾市政府工務局</全銜><機關代碼>376470100A</機關代碼></發文機關>
          <受文者><全銜>如出列席者</全銜></受文者>
          <發文日期><年月日>中華民國115年12月1日</年月日></發文日期>
          <發文字號><字>嘉工採字</字><文號><年度>115</年度><流水號>1150201234</流水號></文號></發文字號>
          <速別 代碼="速件"/>
          <密等及解密條件或保密期限><密等>密</密等><解密條件或保密期限>開會後解密</解密條件或保密期限></密等及解密條件或保密期限>
          <開會事由><文字>「東湖路排水改善工程」採購評選委員會第1次會議</文字></開會事由>
          <開會時間><年月日>中華民國115年12月15日上午9時30分</年月日></開會時間>
          <開會地點><文字>本局第一會議室</文字></開會地點>
          <主持人><全銜>召集人　李建國</全銜></主持人>
          <出席者><全銜>評選委員陳怡君、黃志偉、吳淑芬、劉家豪</全銜></出席者>
          <列席者><全銜>本局養護工程科</全銜></列席者>
        </開會通知單>
        """;

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static Encoding Big5 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(950)!;
}
