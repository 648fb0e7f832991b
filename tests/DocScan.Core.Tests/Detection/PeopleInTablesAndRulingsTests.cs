using System.Text;
using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Reporting;
using DocScan.Core.Rules;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

/// <summary>
/// Issue 16 (recall): people where documents put them without a 姓名 label in the same text: CSV columns
/// read by their headers, parties of rulings, names before 先生/女士, foreign workers' names in Latin
/// capitals, and sensitive records in the language of rulings; and the look-alikes that stay unflagged.
/// </summary>
public class PeopleInTablesAndRulingsTests
{
    private static Task<ScanReport> ScanCsv(params string[] lines) =>
        new DocumentScanner(new ScanOptions { Rules = ScanRules.Default, IncludeValues = true })
            .ReportAsync(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"), "查詢結果.csv");

    private static string[] Values(ScanReport report, string type) =>
        report.Findings.Where(f => f.Type == type).Select(f => f.Value!).ToArray();

    [Fact]
    public async Task A_land_query_csv_is_read_by_its_columns()
    {
        var report = await ScanCsv(
            "段小段,地號,建號,所有權人,出生日期,住址",
            "大安段一小段,0123-0000,01234-000,劉志興,058/06/05,臺北市大安區和平東路二段100號",
            "大安段一小段,0124-0002,,楊雅琳,072/11/23,臺北市大安區信義路三段10號");

        Assert.Equal(["劉志興", "楊雅琳"], Values(report, "person-name"));
        Assert.Equal(["1969-06-05", "1983-11-23"], Values(report, "birth-date"));
        Assert.Equal(2, Values(report, "land-parcel").Length);
        Assert.Single(Values(report, "building-number"));
    }

    [Fact]
    public async Task A_foreign_worker_roster_csv_gives_latin_names_and_passports_by_their_headers()
    {
        var report = await ScanCsv(
            "序號,英文姓名,國籍,護照號碼,入境日期",
            "1,NGUYEN VAN AN,越南,C1234567,2024/03/05",
            "2,MARIA SANTOS,菲律賓,P7654321A,2023/11/20");

        Assert.Equal(["NGUYEN VAN AN", "MARIA SANTOS"], Values(report, "person-name"));
        Assert.Equal(["C1234567", "P7654321A"], Values(report, "passport"));
    }

    [Fact]
    public async Task A_towing_list_csv_gives_owners_and_plates()
    {
        var report = await ScanCsv(
            "車牌號碼,車主,移置時間,移置地點",
            "BKR-7352,陳美玲,115/03/02 08:15,中山路與民生路口");

        Assert.Equal(["陳美玲"], Values(report, "person-name"));
        Assert.Equal(["BKR-7352"], Values(report, "vehicle-plate"));
    }

    [Fact]
    public async Task An_empty_name_column_and_a_title_line_give_nothing()
    {
        var report = await ScanCsv(
            "研習場地一覽",
            "編號,姓名,場地,日期",
            "1,,第一會議室,115/03/02",
            "2,,大禮堂,115/03/09");

        Assert.DoesNotContain(report.Findings, f => f.Type is "person-name" or "birth-date");
    }

    [Fact]
    public async Task A_csv_line_is_split_into_cells_at_commas_outside_quotes()
    {
        var report = await ScanCsv(
            "姓名,住址,備註",
            "王大明,\"臺北市中正區重慶南路一段122號\",\"素食,需停車位\"");

        Assert.Equal(["王大明"], Values(report, "person-name"));
        Assert.Single(Values(report, "address"));
    }

    [Theory]
    [InlineData("聲請人　張志明　住臺中市西屯區台灣大道三段99號", "張志明")]
    [InlineData("相對人　林淑芬", "林淑芬")]
    [InlineData("受監護人黃大同之財產清冊如附件。", "黃大同")]
    [InlineData("一、警員許志偉於115年3月2日，未經授權查詢民眾王美玲之資料。", "許志偉", "王美玲")]
    [InlineData("主旨：陳大同先生申請急難救助一案，復如說明。", "陳大同")]
    [InlineData("副本：李小華女士", "李小華")]
    public void Finds_the_parties_of_rulings_and_names_before_a_form_of_address(string text, params string[] names) =>
        Assert.Equal(names, Detect.With(new PersonNameDetector(ScanRules.Default), text).Select(m => m.Value));

    [Theory]
    [InlineData("請洽王先生，電話(02)2345-6789。")]
    [InlineData("民眾陳情案件之處理，依行政程序法辦理。")]
    [InlineData("被告王○明犯竊盜罪，處有期徒刑陸月。")]
    public void A_surname_with_an_honorific_and_an_anonymised_party_are_no_names(string text) =>
        Assert.Empty(Detect.With(new PersonNameDetector(ScanRules.Default), text));

    [Theory]
    [InlineData("被告陳大文犯竊盜罪，累犯，處有期徒刑陸月。", "累犯")]
    [InlineData("被告陳大文無罪。", "無罪")]
    [InlineData("被告陳大文應令入相當處所，施以監護貳年。", "施以監護貳年")]
    public void Finds_records_in_the_language_of_rulings(string text, string phrase) =>
        Assert.Contains(phrase, Detect.With(SensitiveRecordDetector.Criminal, text).Select(m => m.Value));

    [Fact]
    public void A_prior_record_and_the_sentence_are_both_records() =>
        Assert.Equal(["有詐欺前科", "處有期徒刑6月"],
            Detect.With(SensitiveRecordDetector.Criminal, "被告陳大文有詐欺前科，經本院判處有期徒刑6月。").Select(m => m.Value));

    [Theory]
    [InlineData("刑法第320條：意圖為自己或第三人不法之所有，而竊取他人之動產者，為竊盜罪，處五年以下有期徒刑、拘役或五十萬元以下罰金。")]
    [InlineData("刑事訴訟法第154條規定，被告未經審判證明有罪確定前，推定其為無罪。")]
    public void A_law_speaking_of_penalties_names_no_record(string text) =>
        Assert.Empty(Detect.With(SensitiveRecordDetector.Criminal, text));

    [Theory]
    [InlineData("相對人林淑芬因失智症，致不能為意思表示。", "失智症")]
    [InlineData("被告陳大文經鑑定為心智障礙，行為時辨識能力顯著降低。", "心智障礙")]
    public void Finds_conditions_a_ruling_names_about_a_party(string text, string phrase) =>
        Assert.Contains(Detect.With(SensitiveRecordDetector.Health, text), m => m.Value.Contains(phrase, StringComparison.Ordinal));

    [Fact]
    public void A_training_notice_about_dementia_names_no_record() =>
        Assert.Empty(Detect.With(SensitiveRecordDetector.Health,
            "主旨：本局辦理「失智症照護人員研習」，請轉知所屬踴躍報名。"));

    [Fact]
    public void The_code_cell_under_an_icd_header_is_health_data()
    {
        var table = SegmentDetect.Table("個案",
            ["個案", "身分證號", "診斷", "ICD-10"],
            ["吳志豪", "F152601819", "思覺失調症", "F20.0"]);
        var found = SegmentDetect.Run(SensitiveRecordDetector.Health, table).Select(f => f.Value).ToArray();
        Assert.Contains("F20.0", found);
        Assert.Contains("思覺失調症", found);
    }

    [Fact]
    public void A_document_number_under_a_code_header_is_no_code()
    {
        var table = SegmentDetect.Table("公文",
            ["發文字號", "ICD-10"],
            ["府授衛字第1150012345號", ""]);
        Assert.Empty(SegmentDetect.Run(SensitiveRecordDetector.Health, table));
    }
}
