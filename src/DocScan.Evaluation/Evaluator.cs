using DocScan.Core.Reporting;

namespace DocScan.Evaluation;

/// <summary>
/// Scans every labelled document of a folder in-process with the normal scanner, values included but
/// kept in memory, and scores the reports against the labels. Nothing it holds is written anywhere.
/// Documents are scanned in parallel and scored in the folder's order, so the scores do not depend on timing.
/// </summary>
/// <param name="scanFile">Scans one file the way the host reads files (its folder is the package a DI's attachments come from).</param>
/// <param name="maxParallelism">How many files are scanned at once; 0 for one per processor.</param>
public sealed class Evaluator(Func<string, CancellationToken, Task<ScanReport>> scanFile, int maxParallelism = 0)
{
    public async Task<EvalResult> EvaluateAsync(string folder, CancellationToken cancellationToken = default)
    {
        var labelled = LabelledFolder.Read(folder);
        var actual = new ActualReport[labelled.Documents.Count];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, actual.Length), options, async (i, ct) =>
            actual[i] = await ScanAsync(labelled.Documents[i].Path, ct).ConfigureAwait(false)).ConfigureAwait(false);

        var result = new EvalResult();
        result.Unlabelled.AddRange(labelled.Unlabelled);
        for (var i = 0; i < actual.Length; i++)
        {
            var (_, name, labels) = labelled.Documents[i];
            result.Add(name, labels, actual[i]);
        }

        return result;
    }

    private async Task<ActualReport> ScanAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return ActualReport.From(await scanFile(path, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ActualReport("review", [], ["unreadable"]);
        }
    }
}

/// <summary>The thresholds <c>docscan eval</c> can be asked to hold; null ones are not checked.</summary>
public sealed record EvalThresholds(
    double? MinRecall = null,
    double? MinPrecision = null,
    double? MinVerdictAccuracy = null,
    double? MinNameRecall = null,
    int? MaxLookAlikes = null)
{
    /// <summary>The thresholds the result does not meet, as sentences.</summary>
    public IReadOnlyList<string> Failures(EvalResult result)
    {
        var failures = new List<string>();
        void Check(string what, double? value, double? minimum)
        {
            if (minimum is { } min && (value ?? 0) < min)
            {
                failures.Add($"{what} {EvalReportWriter.Ratio(value)} < {min:0.00}");
            }
        }

        Check("recall", result.Recall, MinRecall);
        Check("precision", result.Precision, MinPrecision);
        Check("verdict accuracy", result.VerdictAccuracy, MinVerdictAccuracy);
        Check("person-name recall", result.PersonNameRecall, MinNameRecall);
        if (MaxLookAlikes is { } max && result.LookAlikesFlagged > max)
        {
            failures.Add($"look-alikes flagged {result.LookAlikesFlagged} > {max}");
        }

        return failures;
    }
}
