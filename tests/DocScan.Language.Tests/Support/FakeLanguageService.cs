using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocScan.Language.Tests.Support;

/// <summary>
/// Azure AI Language's <c>/language/:analyze-text</c> on loopback, speaking the documented request and
/// response JSON for kind PiiEntityRecognition. Its "model" finds the strings it was taught, at their
/// UTF-16 offsets. Every request is checked against the documented contract and the service limits;
/// a request that breaks one is answered 400 and listed in <see cref="Violations"/>.
/// </summary>
public sealed class FakeLanguageService : IAsyncDisposable
{
    public const int MaxTextElements = 5_120;
    public const int MaxDocuments = 5;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpResponse, Task>> _script = new();

    private FakeLanguageService(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Strings the model recognizes, with their category and confidence.</summary>
    public Dictionary<string, (string Category, double Confidence)> Known { get; } = new(StringComparer.Ordinal);

    /// <summary>Documents containing this text are answered with a per-document error instead.</summary>
    public string? FailDocumentsContaining { get; set; }

    /// <summary>Added to every entity offset: a service that indexes some other text than it was sent.</summary>
    public int OffsetShift { get; set; }

    /// <summary>Warnings attached to every document.</summary>
    public bool Warn { get; set; }

    /// <summary>Answer every request with this status (an outage), after the scripted replies.</summary>
    public HttpStatusCode? AlwaysStatus { get; set; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ConcurrentQueue<string> Violations { get; } = new();

    public static async Task<FakeLanguageService> StartAsync(X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        var service = new FakeLanguageService(app);
        app.Run(service.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        service.Endpoint = new Uri(address + "/");
        return service;
    }

    /// <summary>The next request gets this status and headers (e.g. 429 with Retry-After) instead of an answer.</summary>
    public void ReplyOnceWith(HttpStatusCode status, params (string Name, string Value)[] headers) =>
        _script.Enqueue(async response =>
        {
            response.StatusCode = (int)status;
            foreach (var (name, value) in headers)
            {
                response.Headers[name] = value;
            }

            await WriteJsonAsync(response, ErrorBody(status == HttpStatusCode.TooManyRequests ? "429" : "InternalServerError", "Scripted failure."));
        });

    /// <summary>The next request gets this body with status 200.</summary>
    public void ReplyOnceWithBody(string body) =>
        _script.Enqueue(response => WriteJsonAsync(response, body));

    public IReadOnlyList<JsonObject> SentDocuments =>
        Requests.SelectMany(r => r.Body?["analysisInput"]?["documents"]?.AsArray() ?? []).Select(d => d!.AsObject()).ToList();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync();
        JsonObject? body = null;
        try
        {
            body = JsonNode.Parse(raw)?.AsObject();
        }
        catch (JsonException)
        {
        }

        var recorded = new RecordedRequest(request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "",
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), raw, body, DateTimeOffset.UtcNow);
        Requests.Enqueue(recorded);

        if (Check(recorded) is { } violation)
        {
            Violations.Enqueue(violation);
            context.Response.StatusCode = 400;
            await WriteJsonAsync(context.Response, ErrorBody("InvalidRequest", violation));
            return;
        }

        if (_script.TryDequeue(out var scripted))
        {
            await scripted(context.Response);
            return;
        }

        if (AlwaysStatus is { } status)
        {
            context.Response.StatusCode = (int)status;
            await WriteJsonAsync(context.Response, ErrorBody("InternalServerError", "The service is unavailable."));
            return;
        }

        await WriteJsonAsync(context.Response, Answer(body!));
    }

    /// <summary>What the documented contract and the limits require of a request; null when it keeps them.</summary>
    private static string? Check(RecordedRequest r)
    {
        if (r.Method != "POST" || r.Path != "/language/:analyze-text")
        {
            return $"unexpected {r.Method} {r.Path}";
        }

        if (r.Query != "?api-version=2023-04-01")
        {
            return "api-version must be 2023-04-01, was " + r.Query;
        }

        if (!r.Headers.TryGetValue("Content-Type", out var type) || !type.StartsWith("application/json", StringComparison.Ordinal))
        {
            return "content type must be application/json";
        }

        if (!r.Headers.ContainsKey("Ocp-Apim-Subscription-Key") && !(r.Headers.TryGetValue("Authorization", out var auth) && auth.StartsWith("Bearer ", StringComparison.Ordinal)))
        {
            return "no credential";
        }

        if (r.Body is not { } body)
        {
            return "body is not JSON";
        }

        if ((string?)body["kind"] != "PiiEntityRecognition")
        {
            return "kind must be PiiEntityRecognition";
        }

        var parameters = body["parameters"]?.AsObject();
        if ((string?)parameters?["stringIndexType"] != "Utf16CodeUnit")
        {
            return "stringIndexType must be Utf16CodeUnit";
        }

        if (parameters?["piiCategories"] is not JsonArray categories || categories.Count == 0)
        {
            return "piiCategories must be explicit";
        }

        if (body["analysisInput"]?["documents"] is not JsonArray documents || documents.Count is 0 or > MaxDocuments)
        {
            return $"a request holds 1 to {MaxDocuments} documents";
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var id = (string?)document?["id"];
            var text = (string?)document?["text"];
            if (string.IsNullOrEmpty(id) || !ids.Add(id))
            {
                return "document ids must be present and unique";
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return $"document {id} is empty";
            }

            if (new StringInfo(text).LengthInTextElements > MaxTextElements)
            {
                return $"document {id} has more than {MaxTextElements} text elements";
            }

            if (string.IsNullOrEmpty((string?)document?["language"]))
            {
                return $"document {id} names no language";
            }
        }

        return null;
    }

    private string Answer(JsonObject body)
    {
        var requested = body["parameters"]!["piiCategories"]!.AsArray().Select(c => (string)c!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var documents = new JsonArray();
        var errors = new JsonArray();
        foreach (var document in body["analysisInput"]!["documents"]!.AsArray())
        {
            var id = (string)document!["id"]!;
            var text = (string)document["text"]!;
            if (FailDocumentsContaining is { } marker && text.Contains(marker, StringComparison.Ordinal))
            {
                errors.Add(new JsonObject
                {
                    ["id"] = id,
                    ["error"] = new JsonObject
                    {
                        ["code"] = "InvalidArgument",
                        ["message"] = "Invalid Document in request.",
                        ["innererror"] = new JsonObject { ["code"] = "InvalidDocument", ["message"] = "Document text is invalid." },
                    },
                });
                continue;
            }

            var entities = new JsonArray();
            var redacted = text.ToCharArray();
            foreach (var (value, (category, confidence)) in Known)
            {
                if (!requested.Contains(category))
                {
                    continue;
                }

                for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
                {
                    entities.Add(new JsonObject
                    {
                        ["text"] = value,
                        ["category"] = category,
                        ["offset"] = at + OffsetShift,
                        ["length"] = value.Length,
                        ["confidenceScore"] = confidence,
                    });
                    Array.Fill(redacted, '*', at, value.Length);
                }
            }

            var warnings = new JsonArray();
            if (Warn)
            {
                warnings.Add(new JsonObject { ["code"] = "LongWordsInDocument", ["message"] = "The document contains very long words." });
            }

            documents.Add(new JsonObject
            {
                ["redactedText"] = new string(redacted),
                ["id"] = id,
                ["entities"] = entities,
                ["warnings"] = warnings,
            });
        }

        return new JsonObject
        {
            ["kind"] = "PiiEntityRecognitionResults",
            ["results"] = new JsonObject { ["documents"] = documents, ["errors"] = errors, ["modelVersion"] = "2023-09-01" },
        }.ToJsonString();
    }

    private static string ErrorBody(string code, string message) =>
        new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString();

    private static async Task WriteJsonAsync(HttpResponse response, string body)
    {
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(body);
    }
}

public sealed record RecordedRequest(
    string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Raw, JsonObject? Body, DateTimeOffset ReceivedAt);
