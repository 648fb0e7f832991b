using System.Text.Json;
using DocScan.Cli.Watching;
using DocScan.Core.Scanning;

namespace DocScan.Cli.Tests;

public sealed class WatchCommandTests : IDisposable
{
    private const string NationalId = "F152601819";

    private const string Letter = """
        臺北市政府社會局　函
        發文字號：北市社助字第1133012345號
        主旨：有關  台端申請急難救助一案，復如說明，請查照。
        說明：申請人王小明（身分證統一編號：F152601819）經審查符合資格。
        """;

    private const string Notice = """
        臺北市大安區公所　公告
        主旨：公告大安區市民活動中心自115年1月1日起開放借用。
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Once_writes_json_and_html_reports_beside_each_document_and_remembers_them()
    {
        _folder.Write("社會局/復函.txt", Letter);
        _folder.Write("公告.txt", Notice);
        _folder.Write("社會局/~$復函.txt", "owner file of an open document");

        var run = await CliRun.RunAsync("watch", _folder.Path, "--once");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, Lines(run).Count);
        Assert.Contains(Lines(run), l => l.Contains("須遮蔽 redact", StringComparison.Ordinal) && l.Contains("復函.txt", StringComparison.Ordinal));
        Assert.Contains(Lines(run), l => l.Contains("可發出 release", StringComparison.Ordinal));
        var report = Path.Combine(_folder.Path, "社會局", "復函.txt.report.json");
        using (var json = JsonDocument.Parse(File.ReadAllText(report)))
        {
            Assert.Equal("redact", json.RootElement.GetProperty("verdict").GetString());
        }

        var html = File.ReadAllText(Path.Combine(_folder.Path, "社會局", "復函.txt.report.html"));
        Assert.Contains("F15****819", html, StringComparison.Ordinal);
        Assert.DoesNotContain(NationalId, html, StringComparison.Ordinal);
        Assert.DoesNotContain(NationalId, File.ReadAllText(report), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "社會局", "~$復函.txt.report.json")));
        Assert.True(File.Exists(Path.Combine(_folder.Path, ".docscan-watch.json")));
    }

    [Fact]
    public async Task Restart_scans_only_what_is_new_or_changed_and_not_its_own_reports()
    {
        _folder.Write("復函.txt", Letter);
        _folder.Write("公告.txt", Notice);
        await CliRun.RunAsync("watch", _folder.Path, "--once");
        var report = Path.Combine(_folder.Path, "公告.txt.report.json");
        var written = File.GetLastWriteTimeUtc(report);

        var again = await CliRun.RunAsync("watch", _folder.Path, "--once");
        _folder.Write("復函.txt", Letter.Replace("急難救助", "租金補貼", StringComparison.Ordinal));
        _folder.Write("新公告.txt", Notice);
        var changed = await CliRun.RunAsync("watch", _folder.Path, "--once");

        Assert.Empty(Lines(again));
        Assert.Equal(written, File.GetLastWriteTimeUtc(report));
        Assert.Equal(2, Lines(changed).Count);
        Assert.Contains(Lines(changed), l => l.Contains("復函.txt", StringComparison.Ordinal));
        Assert.Contains(Lines(changed), l => l.Contains("新公告.txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Touched_file_with_the_same_content_is_not_scanned_again()
    {
        var path = _folder.Write("公告.txt", Notice);
        await CliRun.RunAsync("watch", _folder.Path, "--once");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-30));

        var run = await CliRun.RunAsync("watch", _folder.Path, "--once");
        var after = await CliRun.RunAsync("watch", _folder.Path, "--once");

        Assert.Empty(Lines(run));
        Assert.Empty(Lines(after));
    }

    [Fact]
    public async Task Out_puts_reports_and_state_in_another_folder_with_the_same_layout()
    {
        _folder.Write("in/社會局/復函.txt", Letter);
        var input = Path.Combine(_folder.Path, "in");
        var output = Path.Combine(_folder.Path, "reports");

        var run = await CliRun.RunAsync("watch", input, "--out", output, "--once");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "社會局", "復函.txt.report.json")));
        Assert.True(File.Exists(Path.Combine(output, "社會局", "復函.txt.report.html")));
        Assert.True(File.Exists(Path.Combine(output, ".docscan-watch.json")));
        Assert.Equal(["復函.txt"], Directory.GetFiles(Path.Combine(input, "社會局")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Missing_folder_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("watch", Path.Combine(_folder.Path, "沒有這個資料夾"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("找不到資料夾", run.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_watcher_scans_a_file_that_appears_once_it_has_settled()
    {
        var watcher = new FolderWatcher(new DocumentScanner(), new WatchOptions
        {
            Directory = _folder.Path,
            PollInterval = TimeSpan.FromMilliseconds(200),
            SettleTime = TimeSpan.FromMilliseconds(300),
        });
        var scanned = new TaskCompletionSource<WatchedReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Scanned += report => scanned.TrySetResult(report);
        using var stop = new CancellationTokenSource();
        var running = watcher.RunAsync(stop.Token);

        _folder.Write("收文/復函.txt", Letter);
        // The limit only keeps a broken watcher from hanging the suite.
        var report = await scanned.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        await running;

        Assert.Equal(Path.Combine("收文", "復函.txt"), report.Path);
        Assert.Equal(DocScan.Core.Policy.Verdict.Redact, report.Report.Verdict);
        Assert.True(File.Exists(report.ReportFile));
        Assert.Equal(1, WatchState.Load(Path.Combine(_folder.Path, ".docscan-watch.json")).Count);
    }

    private static List<string> Lines(CliRun run) =>
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
