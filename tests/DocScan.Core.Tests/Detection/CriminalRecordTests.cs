using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Policy;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class CriminalRecordTests
{
    private readonly SensitiveRecordDetector _detector = SensitiveRecordDetector.Criminal;

    [Theory]
    [InlineData("職於113年5月2日以M-POLICE查詢王小明（F152601819）基本資料，發現其有竊盜前科2犯。", "有竊盜前科2犯")]
    [InlineData("經查該員前科素行不良，請列管。", "前科素行")]
    [InlineData("被告陳大文有詐欺前科，經本院判處罰金。", "有詐欺前科")] // with a sentence: PeopleInTablesAndRulingsTests
    [InlineData("據報該男素行不良，常滋擾鄰里。", "素行不良")]
    [InlineData("嫌疑人李小華通緝在案，請協助查緝。", "通緝在案")]
    [InlineData("職查詢渠刑案紀錄，並未發現其他不法。", "刑案紀錄")]
    [InlineData("受查詢人：吳志豪，查無犯罪紀錄。", "查無犯罪紀錄")]
    [InlineData("王小明之刑案資料業經調閱。", "刑案資料")]
    public void Finds_a_record_stated_about_a_person(string text, string phrase)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(phrase, match.Value);
        Assert.Equal(phrase, text.Substring(match.Start, match.Length));
        Assert.Equal("〔前科紀錄〕", match.Masked);
    }

    [Fact]
    public void A_name_or_an_id_is_surer_than_the_word_当事人()
    {
        var named = Assert.Single(Detect.With(_detector, "被告陳大文有詐欺前科"));
        var party = Assert.Single(Detect.With(_detector, "當事人前有詐欺前科"));
        Assert.True(named.Confidence > party.Confidence);
    }

    [Fact]
    public void A_person_on_the_previous_line_ties_the_record()
    {
        var lines = SegmentDetect.Lines("受查詢人：吳志豪\n身分證統一編號：F152601819\n查詢結果：有毒品前科");
        Assert.Equal("有毒品前科", Assert.Single(SegmentDetect.Run(_detector, lines)).Value);
    }

    [Theory]
    [InlineData("有關病歷、醫療、基因、性生活、健康檢查及犯罪前科之個人資料，不得蒐集、處理或利用。")]
    [InlineData("應徵人員如有犯罪紀錄者，不予錄用。")]
    [InlineData("報名時應檢附警察刑事紀錄證明（俗稱良民證）正本。")]
    [InlineData("依刑事訴訟法第84條規定，被告逃亡或藏匿者，得通緝之。")]
    [InlineData("本局辦理公務機密維護教育訓練，講授員警查詢民眾前科資料之相關規定。")]
    [InlineData("是否有前科：□是　□否")]
    [InlineData("警察人員職司犯罪預防與偵查，應依法行事。")]
    public void Ignores_laws_conditions_and_training(string text) =>
        Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public async Task Training_material_quoting_seed_case_2_is_not_a_record()
    {
        var seed = string.Join('\n',
            "類型二 員警掩飾洩密，不實登載職務報告案。",
            "2 案情概述",
            "某派出所員警甲上網瀏覽民眾乙在社群網站刊登",
            "與丙吵架之訊息，甲出於好奇心驅使，登入「M-",
            "POLICE」輸入丙之姓名，查詢丙國民身分證統一",
            "編號、出生年月日、戶籍等基本資料，復於同日",
            "以丙之身分證統一編號於該系統查詢丙之基本資",
            "料、刑案紀錄、駕籍、國人相片等個人資料。同",
            "日下午，乙與丙於 PTT 互傳訊息時，乙竟傳送",
            "「我的警察朋友告知我說你有前科，缺錢賣假",
            "貨，真是可憐」等內容。",
            "可疑，遂以 M-POLICE 查詢渠資料。職查詢渠身分",
            "證號基本資料，因發現 M-POLICE頁面有該女子",
            "刑案資料之提醒，故又點選渠前科素行、汽機車",
            "駕籍、相片、戶籍等，並未發現其他不法。職查",
            "詢係因公使用，有紀錄可稽。」等不實事項，並",
            "(參考資料：臺灣臺北地方法院 108年度訴字第1056號判決)");
        var report = await new DocumentScanner().ReportAsync(System.Text.Encoding.UTF8.GetBytes(seed), "洩密風險案例.txt");

        Assert.DoesNotContain(report.Findings, f => f.Type == "criminal-record");
    }

    [Fact]
    public void The_seed_sentence_outside_training_material_is_a_record()
    {
        // What keeps the seed quiet is its training context, not the sentence itself.
        var lines = SegmentDetect.Lines("因發現M-POLICE頁面有該女子刑案資料之提醒，故又點選渠前科素行、汽機車駕籍。");
        Assert.Equal(["刑案資料", "前科素行"], SegmentDetect.Run(_detector, lines).Select(f => f.Value));
    }

    [Fact]
    public async Task A_real_duty_report_is_redacted_citing_article_6()
    {
        var report = System.Text.Encoding.UTF8.GetBytes(string.Join('\n',
            "職務報告　中華民國113年5月3日",
            "一、職於113年5月2日14時許執行巡邏勤務，盤查可疑男子吳志豪（F152601819），",
            "二、經以M-POLICE查詢，渠有竊盜前科3犯，並經通緝在案，當場依法逮捕。"));
        var result = await new DocumentScanner().ReportAsync(report, "職務報告.txt");

        Assert.Equal(["有竊盜前科3犯", "通緝在案"],
            result.Findings.Where(f => f.Type == "criminal-record").Select(f => f.Masked == "〔前科紀錄〕" ? Slice(report, f) : "?"));
        Assert.Equal(Verdict.Redact, result.Verdict);
        Assert.Contains("個人資料保護法第6條", result.Reasons.Single(r => r.Code == "sensitive-data").Basis);
    }

    private static string Slice(byte[] document, DocScan.Core.Reporting.ReportFinding finding) =>
        System.Text.Encoding.UTF8.GetString(document).Split('\n')[2].Substring(finding.Location.Start, finding.Location.Length);
}
