using System.Text;
using DocScan.Cli;
using DocScan.Evaluation;

namespace DocScan.Evaluation.Tests;

/// <summary><c>docscan eval</c> on a tiny labelled folder scanned by the real scanner, with values it finds for certain.</summary>
public sealed class EvalCommandTests : IDisposable
{
    // Valid IDs (checksum) the scanner always reports; only the first is labelled.
    private const string LabelledId = "A166131861";
    private const string UnlabelledId = "F152601819";
    private const string UnlabelledMobile = "0912-345-678";
    // A labelled ID that is not in the document at all: certainly missed.
    private const string AbsentId = "H259083019";

    private readonly string _folder = Directory.CreateTempSubdirectory("docscan-eval-").FullName;

    public EvalCommandTests()
    {
        Write("回復.txt", $"申請人身分證統一編號：{LabelledId}。\n另一位身分證統一編號：{UnlabelledId}，行動電話：{UnlabelledMobile}。\n", new DocumentLabels
        {
            Verdict = "redact",
            Findings = [new("national-id", LabelledId), new("national-id", AbsentId)],
            LookAlikes = [new("第1150012345號")],
        });
        Write("宣導.txt", "本局辦理防災演練，歡迎各機關參加。\n", new DocumentLabels { Verdict = "release" });
        File.WriteAllText(Path.Combine(_folder, "未標註.txt"), "沒有標註的文件。\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Scores_the_folder_exactly_and_shows_no_raw_value_it_was_not_given()
    {
        var outFile = Path.Combine(_folder, "..", Path.GetFileName(_folder) + "-scores.txt");
        var (code, output, errors) = await RunAsync("eval", _folder, "--out", outFile);
        try
        {
            Assert.Equal(0, code);
            Assert.Equal("", errors);
            Assert.Matches(@"national-id\s+2\s+2\s+1\s+1\s+1\s+0\.500\s+0\.500", output);
            Assert.Contains("verdict accuracy    1.000 (2/2)", output);
            Assert.Contains("未標註.txt", output);
            foreach (var raw in new[] { UnlabelledId, UnlabelledMobile, "0912345678", LabelledId, AbsentId })
            {
                Assert.DoesNotContain(raw, output);
                Assert.DoesNotContain(raw, File.ReadAllText(outFile));
            }

            Assert.Equal(output, File.ReadAllText(outFile));
        }
        finally
        {
            File.Delete(outFile);
        }
    }

    [Fact]
    public async Task Exits_1_when_a_threshold_asked_for_is_not_met()
    {
        Assert.Equal(0, (await RunAsync("eval", _folder, "--min-verdict-accuracy", "0.95")).Code);
        var (code, _, errors) = await RunAsync("eval", _folder, "--min-recall", "0.9");
        Assert.Equal(1, code);
        Assert.Contains("recall 0.500 < 0.90", errors);
    }

    [Fact]
    public async Task A_broken_labels_file_is_a_usage_error()
    {
        File.WriteAllText(Path.Combine(_folder, "宣導.txt" + DocumentLabels.Suffix), "{\"verdict\": \"maybe\"}");
        var (code, _, errors) = await RunAsync("eval", _folder);
        Assert.Equal(2, code);
        Assert.Contains("宣導.txt.expected.json", errors);
    }

    [Fact]
    public async Task A_missing_rules_file_or_folder_is_a_usage_error()
    {
        var (code, _, errors) = await RunAsync("eval", _folder, "--rules", Path.Combine(_folder, "沒有這個.json"));
        Assert.Equal(2, code);
        Assert.Contains("找不到規則檔", errors);
        Assert.Equal(2, (await RunAsync("eval", Path.Combine(_folder, "沒有這個資料夾"))).Code);
    }

    private void Write(string name, string text, DocumentLabels labels)
    {
        File.WriteAllText(Path.Combine(_folder, name), text, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(_folder, name + DocumentLabels.Suffix), labels.ToJson());
    }

    private static async Task<(int Code, string Out, string Errors)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await DocScanApp.RunAsync(args, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
