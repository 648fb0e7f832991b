using System.Text.Json;

namespace DocScan.Cli.Tests;

public class ScanCommandTests : IDisposable
{
    // Synthetic, checksum-valid: a national ID and a 2021-format resident certificate number.
    private const string NationalId = "F152601819";
    private const string ResidentId = "A878657972";

    private const string Letter = """
        臺北市政府警察局大安分局　函
        發文字號：北市警安分刑字第1133012345號
        主旨：檢送民眾陳情案相關資料1份，請查照。
        說明：
        一、陳情人王小明（身分證統一編號：F152601819）於113年10月1日到所說明。
        二、外籍關係人居留證統一證號 A878657972。
        """;

    private const string Notice = """
        臺北市政府　公告
        發文字號：府授民字第1130012345號
        主旨：公告本府113年度里長聯繫會報時間及地點。
        依據：地方制度法第59條。
        公告事項：訂於113年11月20日上午9時假本府大禮堂舉行，電子發票號碼 AB-12345678 請勿攜帶。
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Summary_shows_verdicts_and_masked_values_and_exits_1_when_action_is_needed()
    {
        _folder.Write("陳情案/函稿.txt", Letter);
        _folder.Write("公告.txt", Notice);

        var run = await CliRun.RunAsync("scan", _folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("須遮蔽", run.Out);
        Assert.Contains("可發出", run.Out);
        Assert.Contains("身分證統一編號 ×1", run.Out);
        Assert.Contains("共掃描 2 份文件", run.Out);
        Assert.DoesNotContain(NationalId, run.All);
        Assert.DoesNotContain(ResidentId, run.All);
    }

    [Fact]
    public async Task Clean_documents_exit_0()
    {
        var run = await CliRun.RunAsync("scan", _folder.Write("公告.txt", Notice));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Json_prints_one_report_per_line_without_values()
    {
        _folder.Write("a/函稿.txt", Letter);
        _folder.Write("b/公告.txt", Notice);

        var run = await CliRun.RunAsync("scan", _folder.Path, "--json");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("redact", first.GetProperty("verdict").GetString());
        Assert.Equal("F15****819", first.GetProperty("findings")[0].GetProperty("masked").GetString());
        Assert.False(first.GetProperty("findings")[0].TryGetProperty("value", out _));
        Assert.Equal("release", JsonDocument.Parse(lines[1]).RootElement.GetProperty("verdict").GetString());
        Assert.DoesNotContain(NationalId, run.All);
    }

    [Fact]
    public async Task Show_values_reveals_values_in_the_terminal_only()
    {
        var file = _folder.Write("函稿.txt", Letter);
        var reports = Path.Combine(_folder.Path, "reports");

        var json = await CliRun.RunAsync("scan", file, "--json", "--show-values", "--out", reports);
        var table = await CliRun.RunAsync("scan", file, "--show-values");

        Assert.Contains($"\"value\":\"{NationalId}\"", json.Out);
        Assert.Contains(NationalId, table.Out);
        var stored = await File.ReadAllTextAsync(Path.Combine(reports, "函稿.txt.report.json"));
        Assert.Contains("F15****819", stored);
        Assert.DoesNotContain(NationalId, stored);
        Assert.DoesNotContain(ResidentId, stored);
    }

    [Fact]
    public async Task Show_values_says_where_each_value_is_as_a_clerk_would()
    {
        var run = await CliRun.RunAsync("scan", _folder.Write("函稿.txt", Letter), "--show-values");

        Assert.Contains($"身分證統一編號 {NationalId}  第 5 行", run.Out);
        Assert.Contains($"居留證統一證號 {ResidentId}  第 6 行", run.Out);
    }

    [Fact]
    public async Task Out_writes_a_report_per_document_mirroring_folders()
    {
        _folder.Write("陳情案/函稿.txt", Letter);
        _folder.Write("公告.txt", Notice);
        var reports = Path.Combine(Path.GetTempPath(), "docscan-out-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = await CliRun.RunAsync("scan", _folder.Path, "--out", reports);

            Assert.Equal(1, run.ExitCode);
            var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(reports, "陳情案", "函稿.txt.report.json"))).RootElement;
            Assert.Equal(1, report.GetProperty("schemaVersion").GetInt32());
            Assert.Equal("redact", report.GetProperty("verdict").GetString());
            Assert.Equal(64, report.GetProperty("document").GetProperty("sha256").GetString()!.Length);
            Assert.True(File.Exists(Path.Combine(reports, "公告.txt.report.json")));
        }
        finally
        {
            Directory.Delete(reports, recursive: true);
        }
    }

    [Fact]
    public async Task A_file_named_after_an_id_is_reported_masked()
    {
        var file = _folder.Write($"{NationalId}_陳情書.txt", Notice);
        var reports = Path.Combine(_folder.Path, "out");

        var run = await CliRun.RunAsync("scan", file, "--out", reports);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("檔名", run.Out);
        Assert.DoesNotContain(NationalId, run.All);
        var written = Assert.Single(Directory.GetFiles(reports));
        Assert.DoesNotContain(NationalId, written);
        Assert.DoesNotContain(NationalId, await File.ReadAllTextAsync(written));
    }

    [Fact]
    public async Task Missing_paths_are_reported_exit_2_and_the_rest_is_still_scanned()
    {
        var file = _folder.Write("函稿.txt", Letter);

        var run = await CliRun.RunAsync("scan", Path.Combine(_folder.Path, "不存在.docx"), file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("找不到", run.Errors);
        Assert.Contains("須遮蔽", run.Out);
    }

    [Fact]
    public async Task Rules_file_allow_list_suppresses_a_value()
    {
        var file = _folder.Write("函稿.txt", Letter);
        var rules = _folder.Write("rules.json", $$"""{ "version": "test-1", "allow": ["{{NationalId}}", "{{ResidentId}}", "王小明"] }""");

        var run = await CliRun.RunAsync("scan", file, "--rules", rules, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("test-1+", JsonDocument.Parse(run.Out).RootElement.GetProperty("rulesVersion").GetString());
    }

    [Fact]
    public async Task Rules_file_roster_name_is_found_and_makes_the_document_dual_draft()
    {
        var minutes = _folder.Write("座談會紀錄.txt", "主旨：檢送本局業務座談會議紀錄1份，請查照。\n說明：出席人員黃國華建議增設分類回收站。\n");
        var rules = _folder.Write("rules.json", """{ "version": "環保局-1", "evaluators": ["黃國華"] }""");

        var plain = await CliRun.RunAsync("scan", minutes, "--json");
        var withRoster = await CliRun.RunAsync("scan", minutes, "--rules", rules, "--json");

        Assert.Equal("release", JsonDocument.Parse(plain.Out).RootElement.GetProperty("verdict").GetString());
        var report = JsonDocument.Parse(withRoster.Out).RootElement;
        Assert.Equal("dual-draft", report.GetProperty("verdict").GetString());
        Assert.Equal("evaluator-name", report.GetProperty("findings")[0].GetProperty("type").GetString());
        Assert.DoesNotContain("黃國華", withRoster.Out);
    }

    [Theory]
    [InlineData("scan")]
    [InlineData("scan", "--no-such-option", ".")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        var run = await CliRun.RunAsync(args);
        Assert.Equal(2, run.ExitCode);
    }

    [Theory]
    [InlineData("{ \"allow\": [ ", "規則檔", "規則檔")]
    // A misspelt type would switch nothing off: the message names it and its line.
    [InlineData("{\n  \"types\": {\n    \"natinal-id\": { \"enabled\": false }\n  }\n}", "第 3 行", "natinal-id")]
    public async Task Broken_rules_file_is_a_usage_error(string content, string named, string alsoNamed)
    {
        var rules = _folder.Write("rules.json", content);
        var run = await CliRun.RunAsync("scan", _folder.Write("公告.txt", Notice), "--rules", rules);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Errors);
        Assert.Contains(alsoNamed, run.Errors);
    }

    [Fact]
    public async Task Help_lists_every_option_and_the_exit_codes()
    {
        var run = await CliRun.RunAsync("scan", "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--json", "--show-values", "--out", "--rules", "結束碼" })
        {
            Assert.Contains(option, run.Out);
        }
    }
}
