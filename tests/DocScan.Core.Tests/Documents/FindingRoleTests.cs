using System.Text;
using DocScan.Core.Documents;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;

namespace DocScan.Core.Tests.Documents;

/// <summary>Issue 16: whose each finding is, and only private data drives the verdict.</summary>
public class FindingRoleTests
{
    private const string Head =
        "臺北市政府環境保護局　函\n" +
        "地址：11008臺北市信義區市府路1號\n" +
        "承辦人：科員　陳建宏\n" +
        "電話：(02)2720-8889 分機1234\n" +
        "傳真：(02)2723-5678\n" +
        "電子信箱：chen1234@mail.taipei.gov.tw\n";

    private const string Particulars =
        "發文日期：中華民國115年3月5日\n" +
        "發文字號：北市環綜字第1153012345號\n" +
        "速別：普通件\n" +
        "密等及解密條件或保密期限：\n" +
        "附件：計畫書1份\n";

    private const string Letter =
        Head +
        "受文者：臺北市各區公所\n" +
        Particulars +
        "主旨：檢送本局「115年度資源回收推廣計畫」1份，請查照並轉知所屬。\n" +
        "說明：\n" +
        "一、依據廢棄物清理法第5條規定辦理。\n" +
        "二、民眾如有疑問，可撥打免付費諮詢專線0800-066-666或市民當家熱線1999洽詢。\n" +
        "三、聯絡窗口：本局綜合規劃科，電話(02)2720-8890。\n" +
        "四、受理地點：臺北市信義區市府路1號一樓服務臺。\n" +
        "正本：臺北市各區公所\n" +
        "副本：本局綜合規劃科\n" +
        "局長　劉銘龍\n";

    private static readonly DocumentScanner Scanner = new(new ScanOptions { IncludeValues = true });

    private static Task<ScanReport> Scan(string text, string name = "函.txt") => Scanner.ReportAsync(Encoding.UTF8.GetBytes(text), name);

    [Fact]
    public async Task A_letter_with_only_its_letterhead_is_released_and_lists_the_letterhead_as_official()
    {
        var report = await Scan(Letter);

        Assert.Equal(Verdict.Release, report.Verdict);
        Assert.Contains(report.Findings, f => f.Type == "phone" && f.Role == FindingRole.Official);
        Assert.Contains(report.Findings, f => f.Type == "email" && f.Role == FindingRole.Official);
        Assert.Contains(report.Findings, f => f.Type == "address" && f.Role == FindingRole.Official);
        Assert.All(report.Findings, f => Assert.NotEqual(FindingRole.Private, f.Role));
    }

    [Fact]
    public async Task The_same_letter_with_a_citizens_id_in_its_explanation_is_redacted()
    {
        var report = await Scan(Letter.Replace("正本：", "四、陳情人身分證統一編號A123456789已核對。\n正本："));

        Assert.Equal(Verdict.Redact, report.Verdict);
        Assert.Equal(FindingRole.Private, Assert.Single(report.Findings, f => f.Type == "national-id").Role);
        Assert.Contains(report.Findings, f => f.Type == "phone" && f.Role == FindingRole.Official);
    }

    [Fact]
    public async Task A_citizens_phone_in_the_explanation_stays_private()
    {
        var report = await Scan(Letter.Replace("正本：", "四、臺端所留聯絡電話0912-345-678，承辦人將另行聯繫。\n正本："));

        Assert.Equal(Verdict.Redact, report.Verdict);
        Assert.Equal(FindingRole.Private, Assert.Single(report.Findings, f => f.Type == "phone" && f.Value == "0912345678").Role);
    }

    [Fact]
    public async Task A_citizen_as_recipient_stays_private_inside_the_letterhead()
    {
        var report = await Scan(Head + "受文者：王小明君\n" + Particulars + "主旨：有關臺端陳情住家附近噪音一案，復如說明，請查照。\n說明：\n一、本局已派員會勘。\n");

        Assert.Equal(Verdict.Redact, report.Verdict);
        Assert.Equal(FindingRole.Private, Assert.Single(report.Findings, f => f.Type == "person-name" && f.Value == "王小明").Role);
        Assert.Contains(report.Findings, f => f.Type == "phone" && f.Role == FindingRole.Official);
    }

    private const string Ruling =
        "臺灣臺北地方法院刑事判決　114年度易字第123號\n" +
        "公訴人　臺灣臺北地方檢察署檢察官\n" +
        "被　　告　林志明　男　民國70年1月2日生\n" +
        "　　　　　住臺北市大安區和平東路二段100號\n" +
        "選任辯護人　張家豪律師\n" +
        "主　文\n" +
        "林志明犯竊盜罪，處有期徒刑陸月。\n" +
        "事實及理由\n" +
        "一、被告林志明於113年間，在臺北市竊取被害人陳美玲所有之機車1輛，業據證人王大同證述明確。\n" +
        "中　華　民　國　115　年　3　月　5　日\n" +
        "刑事第五庭　法　官　黃美華\n" +
        "以上正本證明與原本無異。\n" +
        "書記官　李俊傑\n";

    [Fact]
    public async Task A_ruling_keeps_its_parties_private()
    {
        var report = await Scan(Ruling, "判決.txt");

        Assert.Equal(Verdict.Redact, report.Verdict);
        var names = report.Findings.Where(f => f.Type == "person-name").ToList();
        Assert.Contains(names, f => f.Value == "林志明");
        Assert.All(names.Where(f => f.Value is "林志明" or "陳美玲" or "王大同"), f => Assert.Equal(FindingRole.Private, f.Role));
        // The judge and the clerk are listed too, in role.
        Assert.All(names.Where(f => f.Value is "黃美華" or "李俊傑"), f => Assert.Equal(FindingRole.Official, f.Role));
        Assert.Equal(2, names.Count(f => f.Role == FindingRole.Official));
    }

    [Theory]
    [InlineData("黃美華", FindingRole.Official)]
    [InlineData("李俊傑", FindingRole.Official)]
    [InlineData("張家豪", FindingRole.Official)]
    [InlineData("林志明", FindingRole.Private)]
    [InlineData("陳美玲", FindingRole.Private)]
    public void A_rulings_judge_clerk_and_counsel_are_officials_in_role_and_its_parties_private(string name, FindingRole role)
    {
        var segment = new Core.Extraction.TextSegment(Ruling, "body", "");
        var finding = new Core.Detection.Finding("person-name", "test", name, name, 0.9, segment, Ruling.IndexOf(name, StringComparison.Ordinal), name.Length);

        var model = OfficialDocumentReader.Read([segment]);

        Assert.Equal(role, new FindingRoleResolver(ScanRules.Default).RoleOf(finding, model));
        Assert.Contains(model.Lines, l => l.Part == DocumentPart.Parties);
        Assert.Contains(model.Lines, l => l.Part == DocumentPart.CourtOfficials);
    }

    [Fact]
    public async Task Companies_in_an_award_notice_are_organisations_and_the_notice_is_released()
    {
        var report = await Scan(
            "臺北市政府工務局　公告\n" +
            "地址：11008臺北市信義區市府路1號\n" +
            "承辦人：技士　吳宗翰\n" +
            "電話：(02)2720-8889\n" +
            "發文日期：中華民國115年3月5日\n" +
            "主旨：公告「115年度道路養護工程」決標結果。\n" +
            "廠商名稱\t統一編號\t廠商地址\t廠商電話\t結果\n" +
            "大成營造股份有限公司\t22099131\t臺北市中山區民生東路三段100號\t(02)2501-2345\t得標\n" +
            "本案依政府採購法第61條規定刊登決標公告。\n", "決標公告.txt");

        Assert.Equal(Verdict.Release, report.Verdict);
        Assert.Equal(FindingRole.Organisation, Assert.Single(report.Findings, f => f.Type == "phone" && f.Value == "0225012345").Role);
        Assert.All(report.Findings.Where(f => f.Type is "ubn"), f => Assert.Equal(FindingRole.Organisation, f.Role));
        Assert.Contains(report.Findings, f => f.Type == "address" && f.Role == FindingRole.Organisation);
    }

    [Fact]
    public async Task Report_json_carries_each_findings_role()
    {
        var json = ReportJson.Serialize(await Scan(Letter));

        Assert.Contains("\"role\": \"official\"", json);
        Assert.Equal(FindingRole.Official, ReportJson.Deserialize(json)!.Findings.First(f => f.Type == "phone").Role);
        // A report stored before roles reads as private.
        Assert.Equal(FindingRole.Private, ReportJson.Deserialize(json.Replace("\"role\": \"official\",", ""))!.Findings.First(f => f.Type == "phone").Role);
    }

    [Fact]
    public async Task The_html_report_shows_official_findings_apart_in_chinese()
    {
        var html = ReportHtml.Render(await Scan(Letter));

        Assert.Contains("機關公務資料", html);
        Assert.Contains("public-role", html);
    }

    [Fact]
    public async Task The_rules_files_officials_and_agency_phones_make_a_value_official()
    {
        var rules = ScanRules.Default with { Officials = ["林美惠"] };
        var scanner = new DocumentScanner(new ScanOptions { Rules = rules, IncludeValues = true });
        var text = "主旨：檢送陳情案會議紀錄，請查照。\n說明：\n一、主持人：林美惠\n二、陳情人：王大明\n";

        var report = await scanner.ReportAsync(Encoding.UTF8.GetBytes(text), "紀錄.txt");

        Assert.DoesNotContain(report.Findings, f => f.Value == "林美惠" && f.Role == FindingRole.Private);
        Assert.Equal(FindingRole.Private, Assert.Single(report.Findings, f => f.Value == "王大明").Role);
    }

    [Fact]
    public void A_di_letters_address_element_is_the_agencys_wherever_it_recurs()
    {
        var address = new Core.Extraction.TextSegment("彰化縣彰化市中山路二段416號（工程管理科）", "di", "地址");
        var notice = new Core.Extraction.TextSegment("三、受理地點：彰化縣彰化市中山路二段416號一樓服務臺。", "di", "段落[公告事項：]/條列[三、]/文字");
        var finding = new Core.Detection.Finding("address", "test", "彰化縣彰化市中山路二段416號一樓", "彰化縣彰化市○○路○段○號○樓", 0.9, notice, 7, 17);

        var model = OfficialDocumentReader.Read([address, notice]);

        Assert.Equal(FindingRole.Official, new FindingRoleResolver(ScanRules.Default).RoleOf(finding, model));
    }

    [Fact]
    public void A_text_with_no_official_shape_is_all_body()
    {
        var document = OfficialDocumentReader.Read([new Core.Extraction.TextSegment("今天天氣很好。\n我們去公園散步。", "body", "")]);

        Assert.All(document.Lines, l => Assert.Equal(DocumentPart.Body, l.Part));
        Assert.False(document.HasLetterhead);
    }
}
