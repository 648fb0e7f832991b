using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class HealthRecordTests
{
    private readonly SensitiveRecordDetector _detector = SensitiveRecordDetector.Health;

    [Theory]
    [InlineData("被保險人王小明（F152601819）之就醫紀錄如附件。", "就醫紀錄")]
    [InlineData("該員經醫師診斷為重度憂鬱症，建議休養3個月。", "診斷為重度憂鬱症")]
    [InlineData("申請人林美玲領有中度身心障礙證明。", "領有中度身心障礙證明")]
    [InlineData("病患：陳小英，ICD-10-CM：E11.9", "ICD-10-CM:E11.9")]
    [InlineData("王大華罹患肺腺癌第三期，申請重大傷病卡。", "罹患肺腺癌第三期")]
    [InlineData("當事人黃淑芬之病歷影本共12頁。", "病歷影本")]
    public void Finds_medical_data_stated_about_a_person(string text, string phrase)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(phrase, match.Value);
        Assert.Equal("〔病歷健康資料〕", match.Masked);
    }

    [Fact]
    public void An_nhi_query_result_table_ties_codes_to_the_insured()
    {
        var table = SegmentDetect.Table("查詢結果",
            ["被保險人", "身分證統一編號", "就醫日期", "主診斷"],
            ["吳志豪", "F152601819", "113/03/05", "ICD-10:J45.909"]);
        Assert.Equal("ICD-10:J45.909", Assert.Single(SegmentDetect.Run(_detector, table)).Value);
    }

    [Fact]
    public void The_diagnosis_cell_of_a_result_table_is_health_data_its_header_is_not()
    {
        var table = SegmentDetect.Table("查詢結果",
            ["姓名", "就醫日期", "病名"],
            ["吳志豪", "113/03/05", "重度憂鬱症"]);
        Assert.Equal("重度憂鬱症", Assert.Single(SegmentDetect.Run(_detector, table)).Value);
    }

    [Theory]
    [InlineData("依身心障礙者權益保障法第16條規定，不得有歧視之對待。")]
    [InlineData("申請人如為身心障礙者，請檢附身心障礙證明影本。")]
    [InlineData("個人資料：指自然人之姓名、出生年月日、國民身分證統一編號、護照號碼、特徵、指紋、婚姻、家庭、教育、職業、病歷、醫療、基因、性生活、健康檢查、犯罪前科。")]
    [InlineData("本署辦理承保作業人員教育訓練，說明查詢被保險人就醫紀錄應登載查詢事由。")]
    [InlineData("請使用資訊系統診斷工具檢測網路連線。")]
    [InlineData("辦理ICD-10編碼課程")]
    [InlineData("公務員使用公務系統查詢資料應登載查詢事由，以供事後稽查。")]
    public void Ignores_laws_procedures_and_system_words(string text) =>
        Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public async Task Training_material_quoting_seed_case_1_is_not_a_record()
    {
        var seed = string.Join('\n',
            "類型一、健保署承辦人受他人教唆查詢資料案。",
            "2 案情概述",
            "中央健保署承辦人甲，職司投保單位基本資料維",
            "護、加退保、薪調作業以及補充保費之收繳，為",
            "任職於A公司之乙教唆甲利用公務之機，查詢非",
            "業管單位B公司之資料，甲將 B公司資料鍵入該",
            "署承保應用系統作業查詢該公司之在保人員丙等",
            "人資料，並將查詢所得畫面提供予乙。",
            "3 風險評估",
            "公務員於執行法定職務時，始具有查詢承保",
            "應用系統資料權限。逕自以社交、好奇或受",
            "他人教唆為由，違規登入電腦系統查詢與公",
            "務無關之個人資料，實已逾越法定職務權限。");
        var report = await new DocumentScanner().ReportAsync(System.Text.Encoding.UTF8.GetBytes(seed), "案例.txt");
        Assert.DoesNotContain(report.Findings, f => f.Type is "health-record" or "criminal-record" or "person-name");
    }
}
