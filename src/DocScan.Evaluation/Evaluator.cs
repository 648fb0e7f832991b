using DocScan.Core.Rules;
using DocScan.Core.Scanning;

namespace DocScan.Evaluation;

/// <summary>
/// Scans every labelled document of a folder in-process with the normal scanner, values included but
/// kept in memory, and scores the reports against the labels. Nothing it holds is written anywhere.
/// </summary>
public sealed class Evaluator(ScanRules rules)
{
    public async Task<EvalResult> EvaluateAsync(string folder, CancellationToken cancellationToken = default)
    {
        var labelled = LabelledFolder.Read(folder);
        var result = new EvalResult();
        result.Unlabelled.AddRange(labelled.Unlabelled);
        var scanner = new DocumentScanner(new ScanOptions { Rules = rules, IncludeValues = true });
        var paths = labelled.Documents.Select(d => new DocumentPath(d.Path, d.Name)).ToList();
        var index = 0;
        await foreach (var item in new BatchScanner(scanner).ScanAsync(paths, cancellationToken))
        {
            var (_, name, labels) = labelled.Documents[index++];
            var actual = item.Report is { } report
                ? ActualReport.From(report)
                : new ActualReport("review", [], ["unreadable"]);
            result.Add(name, labels, actual);
        }

        return result;
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
