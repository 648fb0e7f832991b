using DocScan.Cli;
using DocScan.EvalCorpus;

namespace DocScan.Evaluation.Tests;

/// <summary>
/// Issue 16's acceptance on the team's evaluation corpus, generated from its fixed seed into a temporary folder and
/// scored by <c>docscan eval</c>: the thresholds hold, no look-alike is flagged and every document that should be
/// released is released.
/// </summary>
public sealed class TeamCorpusThresholdTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("docscan-team-corpus-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task The_team_corpus_meets_the_issues_thresholds_and_every_document_to_release_is_released()
    {
        var corpus = Path.Combine(_root, "corpus");
        var counts = CorpusFolder.Write(corpus);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await DocScanApp.RunAsync(
            ["eval", corpus, "--min-recall", "0.90", "--min-precision", "0.95", "--min-verdict-accuracy", "0.95", "--min-name-recall", "0.85", "--max-look-alikes", "0"],
            stdout, stderr, CancellationToken.None);

        Assert.True(code == 0, stderr.ToString());
        Assert.True(counts.Values.Sum() >= 120);
        // The confusion table's release row: every document labelled release got release, and nothing else.
        var releaseRow = stdout.ToString().Split('\n').SkipWhile(l => !l.StartsWith("判定混淆表", StringComparison.Ordinal))
            .First(l => l.StartsWith("release ", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(int.Parse).ToArray();
        Assert.True(counts["release"] >= 50);
        Assert.Equal([counts["release"], 0, 0, 0, 0], releaseRow);
    }
}
