using System.Text.Encodings.Web;
using System.Text.Json;

namespace DocScan.Language.TextAnalytics;

/// <summary>The JSON body of <c>POST /language/:analyze-text</c> for kind <c>PiiEntityRecognition</c>.</summary>
internal static class AnalyzeTextRequest
{
    // Offsets come back in UTF-16 code units, the unit .NET strings index by, so no conversion can slip.
    public const string StringIndexType = "Utf16CodeUnit";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static BinaryData Write(IReadOnlyList<TextDocumentInput> documents, RecognizePiiEntitiesOptions options, string? defaultLanguage)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("kind", "PiiEntityRecognition");
            json.WriteStartObject("parameters");
            json.WriteString("modelVersion", options.ModelVersion ?? "latest");
            if (options.DisableServiceLogs is { } optOut)
            {
                json.WriteBoolean("loggingOptOut", optOut);
            }

            json.WriteString("stringIndexType", StringIndexType);
            if (options.CategoriesFilter.Count > 0)
            {
                json.WriteStartArray("piiCategories");
                foreach (var category in options.CategoriesFilter)
                {
                    json.WriteStringValue(category.ToString());
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteStartObject("analysisInput");
            json.WriteStartArray("documents");
            foreach (var document in documents)
            {
                json.WriteStartObject();
                json.WriteString("id", document.Id);
                if ((document.Language ?? defaultLanguage) is { } language)
                {
                    json.WriteString("language", language);
                }

                json.WriteString("text", document.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return new BinaryData(buffer.ToArray());
    }
}
