using System.Globalization;
using Azure;
using Azure.Identity;
using DocScan.Core.Detection.Recognition;
using DocScan.Core.Extraction;
using DocScan.Language.TextAnalytics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocScan.Language.Recognition;

/// <summary>
/// Azure AI Language PII recognition as a DocScan recognizer: the extracted text of one document,
/// normalized and packed into service documents within the limits, sent in batches; entities mapped
/// back to the segments they came from. Any part of the text the service did not analyse is a
/// problem, so the document goes to review. Logs hold counts and codes, never text.
/// </summary>
public sealed class LanguagePiiRecognizer : IAsyncDocumentRecognizer
{
    public const string DetectorId = "azure-language-pii";

    private readonly TextAnalyticsClient _client;
    private readonly LanguageRecognizerOptions _options;
    private readonly ILogger _logger;
    private readonly TextChunker _chunker = new(LanguageRecognizerOptions.MaxTextElementsPerDocument, LanguageRecognizerOptions.MaxCodeUnitsPerDocument);
    private readonly RecognizePiiEntitiesOptions _request;

    public LanguagePiiRecognizer(TextAnalyticsClient client, LanguageRecognizerOptions? options = null, ILogger<LanguagePiiRecognizer>? logger = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? new LanguageRecognizerOptions();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _request = new RecognizePiiEntitiesOptions { ModelVersion = _options.ModelVersion, DisableServiceLogs = true };
        foreach (var category in PiiCategories.Requested)
        {
            _request.CategoriesFilter.Add(category);
        }
    }

    public string Id => DetectorId;

    public bool SendsTextOffMachine => true;

    public async Task<RecognitionResult> RecognizeAsync(IReadOnlyList<TextSegment> segments, CancellationToken cancellationToken)
    {
        var chunks = _chunker.Split(segments, cancellationToken);
        if (chunks.Count == 0)
        {
            return RecognitionResult.Empty;
        }

        if (chunks.Count > _options.MaxDocumentsPerScan)
        {
            _logger.LogWarning("Text not sent: {Documents} service documents exceed the limit of {Limit}", chunks.Count, _options.MaxDocumentsPerScan);
            return new RecognitionResult([], [new ScanProblem(ProblemCodes.RecognizerIncomplete,
                $"文件文字過長（須分成 {chunks.Count:N0} 份送出，上限 {_options.MaxDocumentsPerScan:N0} 份），未送雲端個資辨識服務檢查，須由人員確認。")]);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var outcome = new Outcome();
        try
        {
            for (var first = 0; first < chunks.Count; first += LanguageRecognizerOptions.MaxDocumentsPerRequest)
            {
                var batch = chunks.Skip(first).Take(LanguageRecognizerOptions.MaxDocumentsPerRequest).ToList();
                var inputs = batch
                    .Select((chunk, i) => new TextDocumentInput((i + 1).ToString(CultureInfo.InvariantCulture), chunk.Text) { Language = _options.Language })
                    .ToList();
                var response = await _client.RecognizePiiEntitiesBatchAsync(inputs, _request, timeout.Token).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++)
                {
                    outcome.Add(batch[i], response.Value[i]);
                }

                _logger.LogInformation("Language request {Request}/{Requests}: {Documents} documents; so far {Entities} entities, {Failed} failed documents",
                    first / LanguageRecognizerOptions.MaxDocumentsPerRequest + 1,
                    (chunks.Count + LanguageRecognizerOptions.MaxDocumentsPerRequest - 1) / LanguageRecognizerOptions.MaxDocumentsPerRequest,
                    batch.Count, outcome.Entities.Count, outcome.FailedCodes.Count);
            }
        }
        catch (RequestFailedException ex)
        {
            throw new RecognizerException(Unavailable(ex.Status), $"request failed: HTTP {ex.Status} {ex.ErrorCode}", ex);
        }
        catch (AggregateException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The pipeline gathers every failed try when the last one got no answer (connection refused, network timeouts).
            var last = ex.InnerExceptions.LastOrDefault();
            var status = (last as RequestFailedException)?.Status ?? 0;
            throw new RecognizerException(Unavailable(status), $"request failed {ex.InnerExceptions.Count} times: {last?.GetType().Name} HTTP {status}", ex);
        }
        catch (AuthenticationFailedException ex)
        {
            throw new RecognizerException("無法取得呼叫雲端個資辨識服務的 Entra ID 權杖，本文件未經該服務檢查，須由人員確認。",
                $"authentication failed: {ex.GetType().Name}", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RecognizerException($"雲端個資辨識服務逾 {_options.Timeout.TotalSeconds:N0} 秒仍未完成，本文件未經該服務檢查，須由人員確認。",
                "timed out", ex);
        }

        foreach (var code in outcome.WarningCodes)
        {
            _logger.LogInformation("Language warning {WarningCode}", code);
        }

        return new RecognitionResult(outcome.Entities, outcome.Problems());
    }

    private static string Unavailable(int status) => status switch
    {
        0 => "無法連線到雲端個資辨識服務，本文件未經該服務檢查，須由人員確認。",
        401 or 403 => $"雲端個資辨識服務拒絕本系統的憑證（HTTP {status}），本文件未經該服務檢查，須由人員確認。",
        429 => "雲端個資辨識服務持續限制流量（HTTP 429），重試後仍未完成，本文件未經該服務檢查，須由人員確認。",
        _ => $"雲端個資辨識服務無法使用（HTTP {status}），本文件未經該服務檢查，須由人員確認。",
    };

    /// <summary>What the batches of one scanned document added up to.</summary>
    private sealed class Outcome
    {
        public List<RecognizedEntity> Entities { get; } = [];

        public List<string> FailedCodes { get; } = [];

        public SortedSet<string> WarningCodes { get; } = new(StringComparer.Ordinal);

        private int _mismatched;

        public void Add(DocumentChunk chunk, RecognizePiiEntitiesResult result)
        {
            if (result.HasError)
            {
                FailedCodes.Add(result.Error.ErrorCode);
                return;
            }

            WarningCodes.UnionWith(result.Entities.Warnings.Select(w => w.WarningCode));
            foreach (var entity in result.Entities)
            {
                if (PiiCategories.FindingType(entity.Category) is not { } type)
                {
                    continue;
                }

                // Offsets that do not land on the entity's own text mean the service indexed some other
                // text: nothing it placed can be trusted to redact the right characters.
                if (entity.Offset < 0 || entity.Length <= 0 || entity.Offset + entity.Length > chunk.Text.Length
                    || !chunk.Text.AsSpan(entity.Offset, entity.Length).SequenceEqual(entity.Text))
                {
                    _mismatched++;
                    continue;
                }

                foreach (var (segment, start, length) in chunk.ToOriginal(entity.Offset, entity.Length))
                {
                    Entities.Add(new RecognizedEntity(type, segment, start, length, entity.ConfidenceScore));
                }
            }
        }

        public IReadOnlyList<ScanProblem> Problems()
        {
            var problems = new List<ScanProblem>();
            if (FailedCodes.Count > 0)
            {
                problems.Add(new ScanProblem(ProblemCodes.RecognizerIncomplete,
                    $"雲端個資辨識服務有 {FailedCodes.Count} 段文字未能分析（{string.Join("、", FailedCodes.Distinct())}），本文件未經完整檢查，須由人員確認。"));
            }

            if (_mismatched > 0)
            {
                problems.Add(new ScanProblem(ProblemCodes.RecognizerIncomplete,
                    $"雲端個資辨識服務回傳的 {_mismatched} 筆結果與送出的文字對不上，無法定位，本文件未經完整檢查，須由人員確認。"));
            }

            return problems;
        }
    }
}
