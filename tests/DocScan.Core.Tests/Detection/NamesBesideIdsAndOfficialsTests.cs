using System.Text;
using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Documents;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

/// <summary>
/// Issue 16 (people and roles): foreign workers' names in Latin capitals beside their passport or resident
/// certificate numbers in prose, a ruling's 當事人 block with its spaced labels, names after a lead-in word
/// (有關陳大同先生), and officials named with their post, listed as official so that they never drive the verdict.
/// </summary>
public class NamesBesideIdsAndOfficialsTests
{
    private static readonly DocumentScanner Scanner = new(new ScanOptions { Rules = ScanRules.Default, IncludeValues = true });

    private static Task<ScanReport> Scan(string text, string name) => Scanner.ReportAsync(Encoding.UTF8.GetBytes(text), name);

    private static string[] Names(ScanReport report, FindingRole role) =>
        report.Findings.Where(f => f.Type == "person-name" && f.Role == role).Select(f => f.Value!).ToArray();

    private const string LaborLetter =
        "桃園市政府勞動局　函\n" +
        "地址：330桃園市桃園區縣府路1號\n" +
        "承辦人：科員　陳建宏\n" +
        "電話：(03)332-2101 分機6812\n" +
        "傳真：(03)332-2108\n" +
        "電子信箱：chen.jh@mail.tycg.gov.tw\n" +
        "受文者：內政部移民署北區事務大隊桃園市服務站\n" +
        "發文日期：中華民國115年4月8日\n" +
        "發文字號：桃勞外字第1150031234號\n" +
        "速別：普通件\n" +
        "密等及解密條件或保密期限：\n" +
        "附件：\n" +
        "主旨：有關本市宏達精密工業股份有限公司所聘外籍移工行方不明一案，請查照。\n" +
        "說明：\n" +
        "一、依就業服務法第56條規定辦理。\n" +
        "二、該公司所聘外籍移工 NGUYEN VAN AN（護照號碼 C1234567）於115年3月30日起連續曠職3日失去聯繫。\n" +
        "三、另移工 SITI AMINAH，居留證號 A800000014，已由雇主通報。\n" +
        "正本：內政部移民署北區事務大隊桃園市服務站\n" +
        "副本：宏達精密工業股份有限公司\n" +
        "局長　王安邦\n";

    [Fact]
    public async Task A_letter_names_foreign_workers_in_latin_capitals_beside_their_passport_and_resident_numbers()
    {
        var report = await Scan(LaborLetter, "移工行方不明通報.txt");

        Assert.Equal(Verdict.Redact, report.Verdict);
        Assert.Equal(["NGUYEN VAN AN", "SITI AMINAH"], Names(report, FindingRole.Private));
        Assert.Contains(report.Findings, f => f.Type == "passport" && f.Value == "C1234567");
        Assert.Contains(report.Findings, f => f.Type == "resident-id" && f.Value == "A800000014");
    }

    [Theory]
    [InlineData("一、旅客護照號碼：No. C1234567 NGUYEN VAN AN 於桃園機場遺失護照。")]
    [InlineData("二、PASSPORT NO: C1234567 NGUYEN VAN AN，入境日期115年3月2日。")]
    public void A_name_after_a_passport_number_is_found_past_the_numbers_label_however_it_is_cased(string text) =>
        Assert.Contains(Detect.With(new PersonNameDetector(ScanRules.Default), text), m => m.Value == "NGUYEN VAN AN");

    [Theory]
    [InlineData("一、NO. C1234567 護照遺失者，請洽 TAIPEI CITY GOVERNMENT 服務台。", "NGUYEN")]
    [InlineData("二、MINISTRY OF LABOR，居留證號碼欄位請依 ROC 格式填寫。", "MINISTRY")]
    [InlineData("三、課程：SMART CITY WORKSHOP（護照查驗實務），講座另行通知。", "SMART")]
    [InlineData("四、請以掃描器 EPSON DS-530 掃描護照，FAX 或 E-MAIL 均可。", "EPSON")]
    public void Headings_agencies_courses_and_products_in_capitals_beside_a_passport_are_no_names(string text, string word) =>
        Assert.DoesNotContain(Detect.With(new PersonNameDetector(ScanRules.Default), text), m => m.Value.Contains(word, StringComparison.Ordinal));

    [Fact]
    public async Task The_letters_clerk_and_head_are_found_and_listed_as_officials()
    {
        var report = await Scan(LaborLetter, "移工行方不明通報.txt");

        Assert.Equal(["陳建宏", "王安邦"], Names(report, FindingRole.Official));
    }

    [Fact]
    public async Task A_letter_naming_only_its_officials_is_released()
    {
        var letter =
            "臺中市政府地政局　書函\n" +
            "地址：407臺中市西屯區臺灣大道三段99號\n" +
            "聯絡人：技士　賴惠恩\n" +
            "電話：(04)2228-9111 分機62012\n" +
            "傳真：(04)2225-0432\n" +
            "電子信箱：lai@taichung.gov.tw\n" +
            "受文者：臺中市各地政事務所\n" +
            "發文日期：中華民國115年5月2日\n" +
            "發文字號：中市地籍字第1150012345號\n" +
            "主旨：轉知內政部修正「土地登記規則」部分條文，請查照。\n" +
            "說明：\n" +
            "一、依內政部115年4月25日台內地字第1150260000號函辦理。\n" +
            "二、本案聯絡人：地籍科徐文賢，電話(04)2228-9111分機62015。\n" +
            "三、研習講座：地籍科科長沈明蓉、國立中興大學教授曾怡祥。\n" +
            "正本：臺中市各地政事務所\n" +
            "副本：本局地籍科\n" +
            "局長　蘇佩君\n";

        var report = await Scan(letter, "轉知土地登記規則修正.txt");

        Assert.Equal(Verdict.Release, report.Verdict);
        Assert.Equal(["賴惠恩", "徐文賢", "沈明蓉", "曾怡祥", "蘇佩君"], Names(report, FindingRole.Official));
        Assert.Empty(Names(report, FindingRole.Private));
    }

    [Theory]
    [InlineData("承辦人：王小明　電話：(02)2720-8889　傳真：(02)2720-1234", "王小明")]
    [InlineData("局長　李大同", "李大同")] // the signature of a letter
    [InlineData("本案聯絡窗口：蘇怡君，分機1234。", "蘇怡君")] // 君 ending a given name; a contact window is staff
    [InlineData("承辦人：社工員　陳建宏　電話：(02)2720-8889", "陳建宏")]
    public async Task Staff_named_with_their_post_are_listed_as_officials_and_hold_nothing_back(string text, string name)
    {
        var report = await Scan(text, "函.txt");

        Assert.Equal([name], Names(report, FindingRole.Official));
        Assert.Equal(Verdict.Release, report.Verdict);
    }

    private const string CivilRuling =
        "臺灣臺北地方法院民事判決　113年度訴字第291號\n" +
        "原　　告　潘政誠　　身分證統一編號：F152601819\n" +
        "　　　　　住新北市三重區光明路三段136號3樓\n" +
        "訴訟代理人　黃建瑜律師\n" +
        "被　　告　宏達精密工業股份有限公司\n" +
        "　　　　　設臺北市內湖區瑞光路513巷22號\n" +
        "法定代理人　蕭明廷\n" +
        "上列當事人間請求損害賠償事件，本院於115年9月10日言詞辯論終結，判決如下：\n" +
        "主　　文\n" +
        "被告應給付原告新臺幣77萬元。\n" +
        "事實及理由\n" +
        "一、原告主張被告所屬司機於113年駕駛自用小客車，撞及原告。\n" +
        "中　　華　　民　　國　　115　　年　　9　　月　　28　　日\n" +
        "民事第二庭　法　　官　沈怡翰\n" +
        "以上正本證明與原本無異。\n" +
        "書記官　蘇家凱\n";

    [Fact]
    public async Task A_rulings_party_block_gives_its_parties_private_and_its_officials_official()
    {
        var report = await Scan(CivilRuling, "民事判決.txt");

        Assert.Equal(Verdict.Redact, report.Verdict);
        Assert.Equal(["潘政誠", "蕭明廷"], Names(report, FindingRole.Private));
        Assert.Equal(["黃建瑜", "沈怡翰", "蘇家凱"], Names(report, FindingRole.Official));
        Assert.Contains(report.Findings, f => f.Type == "national-id" && f.Role == FindingRole.Private);
        Assert.Contains(report.Findings, f => f.Type == "address" && f.Value!.Contains("光明路", StringComparison.Ordinal) && f.Role == FindingRole.Private);
        // A company's seat (設…) is the organisation's address, not a private person's.
        Assert.Contains(report.Findings, f => f.Type == "address" && f.Value!.Contains("瑞光路", StringComparison.Ordinal) && f.Role == FindingRole.Organisation);
    }

    [Theory]
    [InlineData("主旨：有關陳大同先生申請急難救助一案，復如說明。", "陳大同")]
    [InlineData("二、感謝王小明君熱心提供線索。", "王小明")]
    [InlineData("緊急聯絡人：林美玲（母），電話0912-345-678。", "林美玲")]
    public void Finds_a_name_after_a_lead_in_word_and_a_next_of_kin(string text, string name) =>
        Assert.Contains(name, Detect.With(new PersonNameDetector(ScanRules.Default), text).Select(m => m.Value));

    [Fact]
    public void A_surname_with_a_post_after_the_unit_names_nobody() =>
        Assert.Empty(Detect.With(new PersonNameDetector(ScanRules.Default), "承辦人：社會課　陳專員　(07)742-2111 分機1502"));

    [Theory]
    [InlineData("緊急聯絡人：林美玲（母），電話0912-345-678。")]
    // As OCR misreads 緊 on a scanned page: the 姓名 field still says whose the line is.
    [InlineData("五、楷急聯絡人姓名：林美玲，聯絡電話：0912-345-678。")]
    public async Task A_next_of_kin_stays_private_though_the_label_ends_in_a_contact_label(string line)
    {
        var report = await Scan(
            "臺北市政府社會局　個案訪視紀錄\n" +
            "個案：吳志豪\n" +
            line + "\n",
            "訪視紀錄.txt");

        Assert.Contains("林美玲", Names(report, FindingRole.Private));
        Assert.Contains(report.Findings, f => f.Type == "phone" && f.Role == FindingRole.Private);
    }
}
