using System.Text.Json;

namespace DocScan.Language.TextAnalytics;

/// <summary>
/// Reads a <c>PiiEntityRecognitionResults</c> body into results in the order the documents were sent.
/// A document the service neither analysed nor reported an error for gets an error of its own: a
/// result that is silently missing would look like a document with nothing in it.
/// </summary>
internal static class AnalyzeTextResponse
{
    public const string MissingResultCode = "MissingResult";

    /// <exception cref="JsonException">The body is not the documented shape.</exception>
    /// <exception cref="KeyNotFoundException">A required property is missing.</exception>
    /// <exception cref="InvalidOperationException">A property has the wrong type.</exception>
    public static RecognizePiiEntitiesResultCollection Read(BinaryData body, IReadOnlyList<TextDocumentInput> sent)
    {
        using var json = JsonDocument.Parse(body);
        var results = json.RootElement.GetProperty("results");
        var byId = new Dictionary<string, RecognizePiiEntitiesResult>(StringComparer.Ordinal);
        foreach (var document in results.GetProperty("documents").EnumerateArray())
        {
            var id = document.GetProperty("id").GetString()!;
            byId[id] = new RecognizePiiEntitiesResult(id, ReadEntities(document));
        }

        if (results.TryGetProperty("errors", out var errors))
        {
            foreach (var error in errors.EnumerateArray())
            {
                var id = error.GetProperty("id").GetString()!;
                byId[id] = new RecognizePiiEntitiesResult(id, ReadError(error.GetProperty("error")));
            }
        }

        var modelVersion = results.TryGetProperty("modelVersion", out var version) ? version.GetString() ?? "" : "";
        var ordered = sent
            .Select(d => byId.TryGetValue(d.Id, out var result)
                ? result
                : new RecognizePiiEntitiesResult(d.Id, new TextAnalyticsError(MissingResultCode, "The service returned no result for this document.", null)))
            .ToList();
        return new RecognizePiiEntitiesResultCollection(ordered, modelVersion);
    }

    private static PiiEntityCollection ReadEntities(JsonElement document)
    {
        var entities = document.GetProperty("entities").EnumerateArray()
            .Select(e => new PiiEntity(
                e.GetProperty("text").GetString()!,
                new PiiEntityCategory(e.GetProperty("category").GetString()!),
                e.TryGetProperty("subcategory", out var sub) && sub.ValueKind == JsonValueKind.String ? sub.GetString() : null,
                e.GetProperty("confidenceScore").GetDouble(),
                e.GetProperty("offset").GetInt32(),
                e.GetProperty("length").GetInt32()))
            .ToList();
        var warnings = document.TryGetProperty("warnings", out var list)
            ? list.EnumerateArray().Select(w => new TextAnalyticsWarning(w.GetProperty("code").GetString()!, w.GetProperty("message").GetString() ?? "")).ToList()
            : [];
        var redacted = document.TryGetProperty("redactedText", out var text) ? text.GetString() ?? "" : "";
        return new PiiEntityCollection(entities, redacted, warnings);
    }

    // The service nests the specific reason (InvalidDocument) under the generic one (InvalidArgument).
    private static TextAnalyticsError ReadError(JsonElement error)
    {
        var innermost = error;
        while (innermost.TryGetProperty("innererror", out var inner) && inner.ValueKind == JsonValueKind.Object)
        {
            innermost = inner;
        }

        return new TextAnalyticsError(
            innermost.GetProperty("code").GetString()!,
            innermost.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "",
            error.TryGetProperty("target", out var target) ? target.GetString() : null);
    }
}
