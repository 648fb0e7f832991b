using DocScan.Core.Detection;
using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Rules;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class PersonNameDetectorTests
{
    private readonly PersonNameDetector _detector = new(ScanRules.Default);

    [Theory]
    [InlineData("申請人：王小明，身分證統一編號：F152601819，住臺北市大安區。", "王小明", "王○明")]
    [InlineData("說明：一、陳情人林美玲君113年5月2日陳情書諒達。", "林美玲", "林○玲")]
    [InlineData("當事人歐陽小明（F152601819）於本署到場說明。", "歐陽小明", "歐陽○○")]
    [InlineData("被保險人黃淑芬於113年3月5日至本署臺北業務組辦理退保。", "黃淑芬", "黃○芬")]
    [InlineData("受查詢人：吳志豪", "吳志豪", "吳○豪")]
    [InlineData("申請人黃金山，住南投縣埔里鎮。", "黃金山", "黃○山")] // begins like the word 黃金
    [InlineData("二、王大明君陳情案，業經本府函復在案。", "王大明", "王○明")]
    [InlineData("副本：歐陽志遠君（含附件）", "歐陽志遠", "歐陽○○")]
    [InlineData("姓名：王　明　　性別：男", "王明", "王○")]
    [InlineData("納稅義務人(即所有權人)蔡宜蓁應於期限內繳納地價稅。", "蔡宜蓁", "蔡○蓁")]
    [InlineData("眷屬林秀英（B218190937）已於113/04/30退保。", "林秀英", "林○英")] // an NHI dependant
    [InlineData("正本：謝孟儒君", "謝孟儒", "謝○儒")] // 孟 is a surname too: no married name 謝孟儒君
    [InlineData("說明：二、本案道路拓寬用地屋主王志明於113年5月1日出具土地使用同意書。", "王志明", "王○明")]
    [InlineData("受監護宣告之人之監護人許志偉應於本院指定期日到場。", "許志偉", "許○偉")]
    [InlineData("個案林美玲經評估長照需要等級為第5級，請社工員持續追蹤。", "林美玲", "林○玲")] // a care note's subject
    public void Finds_a_name_after_a_person_label(string text, string name, string masked)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(name, match.Value);
        Assert.Equal(masked, match.Masked);
        Assert.InRange(match.Confidence, 0.5, 0.99);
    }

    [Theory]
    [InlineData("所有權人：張簡志明、范姜秀英", new[] { "張簡志明", "范姜秀英" })]
    [InlineData("被告陳大文、李小華等2人涉犯個人資料保護法第41條之罪。", new[] { "陳大文", "李小華" })]
    [InlineData("關係人：鄭雅文（F152601819）及許志偉（A166131861）", new[] { "鄭雅文", "許志偉" })]
    [InlineData("所有權人張簡美玲、林黃秀英共有，持分各2分之1。", new[] { "張簡美玲", "林黃秀英" })] // 冠夫姓: both surnames kept
    [InlineData("告訴人謝佩珊指稱遭被告郭志偉詐騙新臺幣50萬元。", new[] { "謝佩珊", "郭志偉" })]
    public void Finds_every_name_of_an_enumeration(string text, string[] names) =>
        Assert.Equal(names, Detect.With(_detector, text).Select(m => m.Value));

    [Fact]
    public void Offsets_point_at_the_original_characters()
    {
        const string text = "申請人：王小明，住臺北市。";
        var finding = Assert.Single(SegmentDetect.Run(_detector, SegmentDetect.Lines(text)));
        Assert.Equal("王小明", text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void Finds_names_in_a_column_headed_name()
    {
        var table = SegmentDetect.Table("t1",
            ["編號", "姓名", "身分證統一編號", "地址"],
            ["1", "吳志豪", "F152601819", "臺北市信義區"],
            ["2", "林 佳 慧", "H259083019", "新北市板橋區"]);
        var findings = SegmentDetect.Run(_detector, table);
        Assert.Equal(["吳志豪", "林佳慧"], findings.Select(f => f.Value));
    }

    [Fact]
    public void Finds_names_in_a_system_export_column_headed_name_in_english()
    {
        var table = SegmentDetect.Table("原始資料", ["IDNO", "NAME", "BIRTH"], ["R246281946", "周佳蓉", "0760405"]);
        Assert.Equal("周佳蓉", Assert.Single(SegmentDetect.Run(_detector, table)).Value);
    }

    [Fact]
    public void Finds_the_account_holder_on_a_refund_form()
    {
        var form = SegmentDetect.Table("退費申請書", ["戶名", "陳俊宏"], ["帳號", "0001234-0567891"]);
        Assert.Equal("陳俊宏", Assert.Single(SegmentDetect.Run(_detector, form)).Value);
    }

    [Fact]
    public void Finds_the_name_in_the_cell_after_a_name_label()
    {
        var form = SegmentDetect.Table("申請書", ["姓名", "蔡宜蓁", "出生年月日", "民國80年1月1日"]);
        Assert.Equal("蔡宜蓁", Assert.Single(SegmentDetect.Run(_detector, form)).Value);
    }

    [Theory]
    [InlineData("主旨：檢送本府113年5月1日府授地字第1130123456號函，請查照。")]
    [InlineData("申請人王○明、林○○之申請書業已收訖。")] // already masked
    [InlineData("陳情人王先生來電反映，另申請人李小姐亦同。")] // forms of address, not names
    [InlineData("申請人應於收到本通知後30日內補正。")]
    [InlineData("申請人臺北市政府工務局申請路權。")]
    [InlineData("當事人陳述意見後，申請人申請之土地准予登記。")]
    [InlineData("所有權人林務局，管理者財政部國有財產署。")]
    [InlineData("被保險人資格之認定，依全民健康保險法第8條規定。")]
    [InlineData("當事人甲、乙均未到場。")] // placeholders of a training case
    [InlineData("眷屬加保應檢附戶口名簿影本。")]
    [InlineData("戶名應與申請人相同。")]
    public void Ignores_what_is_not_a_private_persons_name(string text) =>
        Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public void Skips_officials_listed_in_the_rules()
    {
        var rules = new ScanRules { Officials = ["王大明"] };
        Assert.Empty(Detect.With(new PersonNameDetector(rules), "申請人：王大明"));
        Assert.Single(Detect.With(new PersonNameDetector(rules), "申請人：王小明"));
    }

    [Theory]
    [InlineData("評選委員：王小明、李大華")]
    [InlineData("外聘委員姓名：李大華")]
    [InlineData("本案評選會議出席人員：姓名：林志成")]
    public void Leaves_evaluators_to_the_evaluator_detector(string text) =>
        Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public void Leaves_roster_names_to_the_evaluator_detector()
    {
        var rules = new ScanRules { Evaluators = ["王小明"] };
        Assert.Empty(Detect.With(new PersonNameDetector(rules), "申請人：王小明"));
    }

    [Fact]
    public void A_members_table_of_an_evaluation_is_not_person_names()
    {
        var table = SegmentDetect.Table("委員",
            ["編號", "姓名", "服務機關", "職稱", "備註"],
            ["1", "許文雄", "國立成功大學", "教授", "外聘委員"]);
        Assert.Empty(SegmentDetect.Run(_detector, table));
    }

    [Fact]
    public void Separated_three_character_names_are_surer_than_two_characters_in_running_text()
    {
        var labelled = Assert.Single(Detect.With(_detector, "姓名：王小明"));
        var running = Assert.Single(Detect.With(_detector, "申請人王明於本府"));
        Assert.True(labelled.Confidence > running.Confidence);
    }
}
