using DocScan.Core.Detection.Taiwan;
using DocScan.Core.Policy;
using DocScan.Core.Tests.Support;

namespace DocScan.Core.Tests.Detection;

public class BirthDateDetectorTests
{
    private readonly BirthDateDetector _detector = new();

    [Theory]
    [InlineData("出生日期：民國80年1月1日", "1991-01-01", "民國80年*月*日")]
    [InlineData("出生年月日 80.01.01", "1991-01-01", "80.**.**")]
    [InlineData("生日：080/01/01", "1991-01-01", "080/**/**")]
    [InlineData("出生日期：1991-01-01", "1991-01-01", "1991-**-**")]
    [InlineData("當事人王小明（男，民國80年1月1日生）", "1991-01-01", "民國80年*月*日")]
    [InlineData("Date of Birth: 1991/1/1", "1991-01-01", "1991/*/*")]
    [InlineData("出生年月日：0800101", "1991-01-01", "080****")]
    [InlineData("申請人於中華民國69年12月31日出生", "1980-12-31", "中華民國69年**月**日")]
    [InlineData("出生日期為１９９１年２月２８日", "1991-02-28", "1991年*月**日")]
    public void Finds_dates_a_birth_label_introduces(string text, string value, string masked)
    {
        var match = Assert.Single(Detect.With(_detector, text));
        Assert.Equal(value, match.Value);
        Assert.Equal(masked, match.Masked);
    }

    [Theory]
    [InlineData("會議日期：113年5月1日")] // a meeting, not a birth
    [InlineData("本辦法自113年1月1日生效")] // takes effect
    [InlineData("新生兒出生通報作業說明會訂於113年5月1日召開")] // a birth word, but not this date's label
    [InlineData("出生日期：80年13月1日")] // no such month
    [InlineData("出生日期：民國80年2月30日")] // no such day
    [InlineData("發文日期：中華民國113年6月25日")]
    [InlineData("出生年月日：2099-01-01")] // not born yet
    [InlineData("113年度偵字第0800101號，出生地臺北市")] // case number
    public void Ignores_other_dates(string text) => Assert.Empty(Detect.With(_detector, text));

    [Fact]
    public void Only_the_labelled_date_of_a_line_is_a_birth_date()
    {
        var match = Assert.Single(Detect.With(_detector, "出生日期：80年1月1日，會議日期：113年5月1日"));
        Assert.Equal("1991-01-01", match.Value);
    }

    [Fact]
    public void A_label_in_the_previous_cell_or_the_column_header_counts()
    {
        var lines = DetectInContext.Lines(_detector, "出生年月日", "80.01.01", "113.05.01");
        Assert.Equal(1, Assert.Single(lines).Line);

        Assert.Equal("1991-01-01", Assert.Single(DetectInContext.Cell(_detector, "出生年月日", "080/01/01")).Value);
        Assert.Empty(DetectInContext.Cell(_detector, "會議日期", "080/01/01"));
    }

    [Fact]
    public async Task A_birth_date_in_a_letter_is_redacted()
    {
        var report = await ScanText.Lines(
            "主旨：函送本轄失蹤人口協尋資料，請協助查尋。",
            "說明：失蹤人出生日期：民國80年1月1日，於113年5月1日離家。");

        var finding = Assert.Single(report.Findings);
        Assert.Equal("birth-date", finding.Type);
        Assert.Equal("1991-01-01", finding.Value);
        Assert.Equal(Verdict.Redact, report.Verdict);
    }
}
