using System.Text;
using System.Text.Json;

namespace DocScan.Cli.Tests;

public sealed class RedactCommandTests
{
    private const string Letter = "主旨：檢送申請人資料，請查照。\n申請人身分證統一編號：F152601819\n說明：依據本府函辦理。\n";

    [Fact]
    public async Task Redact_writes_a_release_draft_and_a_summary_per_document_mirroring_folders()
    {
        using var folder = new TempFolder();
        folder.Write("收文/申請書.txt", Letter);
        folder.Write("公告.txt", "主旨：本局停車場收費調整，請查照。\n");
        var output = Path.Combine(folder.Path, "drafts");

        var run = await CliRun.RunAsync("redact", Path.Combine(folder.Path, "收文"), Path.Combine(folder.Path, "公告.txt"), "--out", output);

        Assert.Equal(0, run.ExitCode);
        var draft = await File.ReadAllTextAsync(Path.Combine(output, "release", "申請書.redacted.txt"));
        Assert.Equal(Letter.Replace("F152601819", "○○○○○○○○○○"), draft);
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "申請書.txt.draft.json")));
        Assert.Equal("offered", summary.RootElement.GetProperty("status").GetString());
        using var clean = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "公告.txt.draft.json")));
        Assert.Equal("not-needed", clean.RootElement.GetProperty("status").GetString());
        Assert.False(Directory.Exists(Path.Combine(output, "internal")));
        Assert.Contains("已產生，待審核", run.Out);
        Assert.DoesNotContain("F152601819", run.All);
    }

    [Fact]
    public async Task The_rules_file_sets_the_mask_style()
    {
        using var folder = new TempFolder();
        var path = folder.Write("申請書.txt", Letter);
        var rules = folder.Write("rules.json", """{ "redaction": { "maskStyle": "label" } }""");
        var output = Path.Combine(folder.Path, "drafts");

        var run = await CliRun.RunAsync("redact", path, "--out", output, "--rules", rules);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("申請人身分證統一編號：〔身分證統一編號〕", await File.ReadAllTextAsync(Path.Combine(output, "release", "申請書.redacted.txt")));
    }

    [Fact]
    public async Task A_document_that_cannot_be_drafted_exits_1_and_says_why()
    {
        using var folder = new TempFolder();
        var legacy = folder.Write("舊版公文.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        var output = Path.Combine(folder.Path, "drafts");

        var run = await CliRun.RunAsync("redact", legacy, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("不產生草稿", run.Out);
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "舊版公文.doc.draft.json")));
        Assert.Equal("refused", summary.RootElement.GetProperty("status").GetString());
        Assert.False(Directory.Exists(Path.Combine(output, "release")));
    }

    [Fact]
    public async Task A_missing_path_is_a_usage_error()
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync("redact", Path.Combine(folder.Path, "不存在.docx"), "--out", Path.Combine(folder.Path, "drafts"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("找不到", run.Errors);
    }
}
