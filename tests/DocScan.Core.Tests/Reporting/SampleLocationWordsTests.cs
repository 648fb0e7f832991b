using System.Text.Json;
using System.Text.RegularExpressions;
using DocScan.Core.Reporting;
using DocScan.Core.Scanning;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Reporting;

/// <summary>Real documents of sample-docs/, scanned: every finding's place reads in a clerk's words, with no part names or paths.</summary>
public sealed partial class SampleLocationWordsTests
{
    [Theory]
    [InlineData("道路拓寬用地所有權人清冊.docx", "林○○英", "第 1 個表格第 3 列第 5 欄")]
    [InlineData("職務報告-中正一分局.docx", "F15****819", "追蹤修訂（已刪除）")]
    [InlineData("陳情案簽稿.docx", "B21****937", "註解")]
    [InlineData("里長聯繫會報會議紀錄.docx", "R24****946", "文件屬性「作者」")]
    [InlineData("健保承保系統-在保人員查詢結果.xlsx", "F15****819", "工作表「查詢結果」C5")]
    [InlineData("健保承保系統-在保人員查詢結果.xlsx", "林○英", "工作表「查詢結果」B9 的註解")]
    [InlineData("業務簡報-個資保護稽核.pptx", "K18****353", "第 2 張投影片備忘稿")]
    [InlineData("道路拓寬用地所有權人清冊.odt", "林○○英", "第 1 個表格第 3 列第 5 欄")]
    [InlineData("職務報告-中正一分局.odt", "F15****819", "追蹤修訂（已刪除）")]
    [InlineData("陳情案簽稿.odt", "B21****937", "註解")]
    [InlineData("里長聯繫會報會議紀錄.odt", "R24****946", "文件屬性「作者」")]
    [InlineData("健保承保系統-在保人員查詢結果.ods", "F15****819", "工作表「查詢結果」C5")]
    [InlineData("健保承保系統-在保人員查詢結果.ods", "林○英", "工作表「查詢結果」B9 的註解")]
    [InlineData("業務簡報-個資保護稽核.odp", "K18****353", "第 2 張投影片備忘稿")]
    [InlineData("土地登記第二類謄本-龍泉段0123地號.pdf", "H25****019", "第 1 頁")]
    [InlineData("土地登記第二類謄本-龍泉段0123地號.pdf", "龍泉段01**地號", "檔名")]
    [InlineData("外籍移工名冊.csv", "F95****190", "第 3 行")]
    [InlineData("評選會議資料寄送-密件副本.eml", "yati***@example.net", "郵件標頭「密件副本」")]
    [InlineData("轉寄-陳情信件彙整.eml", "K18****353", "附件「陳情往來信件.zip」內「原始陳情信.eml」的郵件內文")]
    [InlineData("陳情案附件.zip", "H25****019", "附件「陳情書.docx」的註腳")]
    [InlineData("健保承保系統-在保人員查詢結果.xls", "F15****819", "工作表「查詢結果」C5")]
    [InlineData("業務簡報-個資保護稽核.ppt", "K18****353", "第 2 張投影片備忘稿")]
    [InlineData("道路拓寬用地所有權人清冊.doc", "林○○英", "第 1 個表格第 3 列第 5 欄")]
    [InlineData("職務報告-中正一分局.doc", "F15****819", "追蹤修訂（已刪除）")]
    [InlineData("職務報告-中正一分局.fodt", "F15****819", "追蹤修訂（已刪除）")]
    [InlineData("舊系統公文-急難救助簽.di", "F15****819", "公文「主旨」")]
    [InlineData("電子公文-人行道陳情案復函.zip", "A16****861", "附件「1150012345.di」內「附件一.txt」的第 2 行")]
    public async Task Finding_reads_where_a_clerk_finds_it(string file, string masked, string words)
    {
        var report = await Scan(file);

        Assert.Contains(words, report.Findings.Where(f => f.Masked == masked).Select(f => LocationWords.Of(f.Location)));
        Assert.All(report.Findings, f => Assert.DoesNotMatch(MachinePath(), LocationWords.Of(f.Location)));
    }

    [Fact]
    public async Task A_document_nested_too_deep_is_named_as_its_place_is()
    {
        var report = await Scan("層層附件.zip");

        var problem = Assert.Single(report.Problems, p => p.Code == "too-deep");
        Assert.StartsWith("附件「第2層.zip」內「第3層.zip」內「第4層.zip」", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("!/", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_keeps_the_machine_location_and_adds_the_cell()
    {
        var report = await Scan("道路拓寬用地所有權人清冊.docx");

        var json = JsonDocument.Parse(ReportJson.Serialize(report)).RootElement;
        var location = json.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("masked").GetString() == "林○○英").GetProperty("location");
        Assert.Equal("table", location.GetProperty("source").GetString());
        Assert.Equal("word/document.xml", location.GetProperty("path").GetString());
        Assert.Equal(0, location.GetProperty("start").GetInt32());
        Assert.Equal(4, location.GetProperty("length").GetInt32());
        var cell = location.GetProperty("cell");
        Assert.Equal("word/document.xml#table1", cell.GetProperty("table").GetString());
        Assert.Equal(2, cell.GetProperty("row").GetInt32());
        Assert.Equal(4, cell.GetProperty("column").GetInt32());
        Assert.Equal(report.Findings, ReportJson.Deserialize(ReportJson.Serialize(report))!.Findings);
    }

    private static Task<ScanReport> Scan(string file) => new DocumentScanner().ReportFileAsync(RepositoryRoot.Combine("sample-docs", file));

    // Part names, PDF and line paths, container separators: what a clerk should never have to read.
    [GeneratedRegex(@"\.xml|!/|page/|\bL[0-9]+|body/|media/|Pictures/|image#")]
    private static partial Regex MachinePath();
}
