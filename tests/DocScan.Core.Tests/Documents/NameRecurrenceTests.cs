using System.Text;
using DocScan.Core.Documents;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Documents;

/// <summary>A person named once with his role and later bare is found wherever the document repeats his name.</summary>
public class NameRecurrenceTests
{
    private const string Ruling =
        "臺灣臺北地方法院刑事簡易判決　　115年度簡字第1234號\n" +
        "公訴人　臺灣臺北地方檢察署檢察官\n" +
        "被　　告　吳冠霖　男　民國80年7月14日生\n" +
        "上列被告因竊盜案件，經檢察官聲請以簡易判決處刑，本院判決如下：\n" +
        "　　主　　文\n" +
        "吳冠霖犯竊盜罪，處拘役貳拾日，如易科罰金，以新臺幣壹仟元折算壹日。\n" +
        "　　事實及理由\n" +
        "一、經查吳冠霖於警詢時坦承不諱，核與被害人蔡宜蓁之指訴相符。\n" +
        "二、蔡宜蓁所失財物業已發還。\n" +
        "中　　華　　民　　國　　115　　年　　6　　月　　3　　日\n" +
        "　　　　　刑事第十庭　法　官　鄭雅文\n" +
        "以上正本證明與原本無異。本件由鄭雅文法官審理。\n";

    private static readonly DocumentScanner Scanner = new(new ScanOptions { IncludeValues = true });

    private static Task<ScanReport> Scan(string text, string name = "判決.txt") => Scanner.ReportAsync(Encoding.UTF8.GetBytes(text), name);

    private static IEnumerable<ReportFinding> Named(ScanReport report, string name) =>
        report.Findings.Where(f => f.Type == "person-name" && f.Value == name);

    [Fact]
    public async Task A_defendant_named_bare_after_his_party_line_is_found_on_every_line()
    {
        var report = await Scan(Ruling);

        var lines = Named(report, "吳冠霖").Select(f => f.Location.Path).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["L3", "L6", "L8"], lines);
        Assert.All(Named(report, "吳冠霖"), f => Assert.Equal(FindingRole.Private, f.Role));
        Assert.Equal(["L8", "L9"], Named(report, "蔡宜蓁").Select(f => f.Location.Path).Order(StringComparer.Ordinal));
        Assert.Equal(Verdict.Redact, report.Verdict);
    }

    [Fact]
    public async Task A_judge_named_again_in_the_text_stays_official()
    {
        var report = await Scan(Ruling);

        var judge = Named(report, "鄭雅文").ToList();
        Assert.Equal(2, judge.Count);
        Assert.All(judge, f => Assert.Equal(FindingRole.Official, f.Role));
    }

    [Fact]
    public async Task A_name_inside_a_longer_latin_name_or_a_two_character_name_is_not_looked_for_bare()
    {
        const string letter =
            "彰化縣政府勞工處　函\n" +
            "主旨：移工 NGUYEN VAN AN（護照號碼 C8123456）申請轉換雇主一案。\n" +
            "說明：一、同宿舍之 NGUYEN VAN ANH 非本案當事人。\n" +
            "二、申請人王明於115年3月2日到處說明；王明德路之宿舍不在本案範圍。\n" +
            "三、NGUYEN VAN AN 已於115年3月10日完成轉換。\n";

        var report = await Scan(letter, "函.txt");

        Assert.Equal(["L2", "L5"], Named(report, "NGUYEN VAN AN").Select(f => f.Location.Path).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.Location.Path == "L3" && f.Type == "person-name");
        Assert.Single(Named(report, "王明"));
    }
}
