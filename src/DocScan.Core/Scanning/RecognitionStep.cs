using DocScan.Core.Detection;
using DocScan.Core.Detection.Recognition;
using DocScan.Core.Extraction;
using DocScan.Core.Rules;
using Microsoft.Extensions.Logging;

namespace DocScan.Core.Scanning;

/// <summary>
/// The step after the rule-based detectors: runs each configured recognizer the rules let see the
/// document and merges what it finds. A recognizer that fails leaves a problem, so the document goes
/// to review: its text was not checked the way the agency asked. Logs name the document by its hash
/// and never hold text, values or paths.
/// </summary>
internal sealed class RecognitionStep(IReadOnlyList<IAsyncDocumentRecognizer> recognizers, ScanRules rules, ILogger logger)
{
    private readonly RecognizedFindings _recognized = new(rules);

    public bool IsEmpty => recognizers.Count == 0;

    public async Task<(IReadOnlyList<Finding> Findings, IReadOnlyList<ScanProblem> Problems)> RunAsync(
        IReadOnlyList<TextSegment> segments, string location, IReadOnlyList<Finding> findings,
        IReadOnlyList<ScanProblem> problems, string documentId, CancellationToken cancellationToken)
    {
        var merged = findings;
        var allProblems = problems;
        foreach (var recognizer in recognizers)
        {
            // Decided on the rule-based findings only: what a recognizer adds cannot unsend text.
            if (recognizer.SendsTextOffMachine && rules.Cloud.WhyWithheld(location, findings) is { } reason)
            {
                logger.LogInformation("Content {ContentSha256}: text kept from recognizer {Recognizer} ({Reason})", documentId, recognizer.Id, reason);
                continue;
            }

            try
            {
                var result = await recognizer.RecognizeAsync(segments, cancellationToken).ConfigureAwait(false);
                var found = _recognized.From(result.Entities, recognizer.Id);
                var before = merged.Count;
                merged = FindingMerge.Merge(merged, found);
                allProblems = [.. allProblems, .. result.Problems];
                logger.LogInformation(
                    "Content {ContentSha256}: recognizer {Recognizer} returned {Entities} entities, {Added} new findings, {Problems} problems",
                    documentId, recognizer.Id, result.Entities.Count, merged.Count - before, result.Problems.Count);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Only the type and the recognizer's own detail: other messages may quote the text.
                var detail = ex is RecognizerException known ? known.Detail : ex.GetType().Name;
                logger.LogWarning("Content {ContentSha256}: recognizer {Recognizer} failed: {Detail}", documentId, recognizer.Id, detail);
                var message = ex is RecognizerException ? ex.Message : $"個資辨識服務（{recognizer.Id}）發生錯誤，本文件未經該服務完整檢查。";
                allProblems = [.. allProblems, new ScanProblem(ProblemCodes.RecognizerUnavailable, message)];
            }
        }

        return (merged, allProblems);
    }
}
