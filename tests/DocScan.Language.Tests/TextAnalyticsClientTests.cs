using System.Diagnostics.Tracing;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure;
using Azure.Core.Diagnostics;
using DocScan.Language.Tests.Support;
using DocScan.Language.TextAnalytics;

namespace DocScan.Language.Tests;

public class TextAnalyticsClientTests
{
    private const string Letter = "說明：本案承辦人為王大明，陳情人林美玲住臺北市。";

    private static RecognizePiiEntitiesOptions Options()
    {
        var options = new RecognizePiiEntitiesOptions { DisableServiceLogs = true };
        options.CategoriesFilter.Add(PiiEntityCategory.Person);
        options.CategoriesFilter.Add(PiiEntityCategory.TWNationalId);
        return options;
    }

    [Fact]
    public async Task Request_follows_the_documented_analyze_text_contract()
    {
        await using var service = await FakeLanguageService.StartAsync();

        await TestClients.Client(service).RecognizePiiEntitiesBatchAsync(
            [new TextDocumentInput("1", Letter) { Language = "zh-hant" }, new TextDocumentInput("2", "第二份")], Options());

        Assert.Empty(service.Violations);
        var request = Assert.Single(service.Requests);
        Assert.Equal(TestClients.Key, request.Headers["Ocp-Apim-Subscription-Key"]);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/language/:analyze-text", request.Path);
        Assert.Equal("?api-version=2023-04-01", request.Query);
        var body = request.Body!;
        Assert.Equal("PiiEntityRecognition", (string?)body["kind"]);
        Assert.Equal("Utf16CodeUnit", (string?)body["parameters"]!["stringIndexType"]);
        Assert.True((bool)body["parameters"]!["loggingOptOut"]!);
        Assert.Equal(["Person", "TWNationalID"], body["parameters"]!["piiCategories"]!.AsArray().Select(c => (string)c!));
        var documents = body["analysisInput"]!["documents"]!.AsArray();
        Assert.Equal(Letter, (string?)documents[0]!["text"]);
        Assert.Equal("zh-hant", (string?)documents[0]!["language"]);
        // The client's default language fills in where a document names none.
        Assert.Equal("zh-hant", (string?)documents[1]!["language"]);
        Assert.Equal(["1", "2"], documents.Select(d => (string)d!["id"]!));
    }

    [Fact]
    public async Task Response_gives_entities_redacted_text_warnings_and_errors_in_input_order()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.Known["林美玲"] = ("Person", 0.97);
        service.FailDocumentsContaining = "壞";
        service.Warn = true;

        var response = await TestClients.Client(service).RecognizePiiEntitiesBatchAsync(
            [new TextDocumentInput("a", "壞的文件"), new TextDocumentInput("b", Letter)], Options());

        var results = response.Value;
        Assert.Equal(200, response.GetRawResponse().Status);
        Assert.Equal("2023-09-01", results.ModelVersion);
        Assert.Equal(["a", "b"], results.Select(r => r.Id));
        Assert.True(results[0].HasError);
        Assert.Equal("InvalidDocument", results[0].Error.ErrorCode);
        Assert.Throws<InvalidOperationException>(() => results[0].Entities);
        var entity = Assert.Single(results[1].Entities);
        Assert.Equal(PiiEntityCategory.Person, entity.Category);
        Assert.Equal("林美玲", entity.Text);
        Assert.Equal(Letter.IndexOf("林美玲", StringComparison.Ordinal), entity.Offset);
        Assert.Equal(3, entity.Length);
        Assert.Equal(0.97, entity.ConfidenceScore);
        Assert.Equal(Letter.Replace("林美玲", "***", StringComparison.Ordinal), results[1].Entities.RedactedText);
        Assert.Equal("LongWordsInDocument", Assert.Single(results[1].Entities.Warnings).WarningCode);
    }

    [Fact]
    public async Task A_document_the_service_leaves_out_gets_an_error_not_an_empty_result()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.ReplyOnceWithBody("""{"kind":"PiiEntityRecognitionResults","results":{"documents":[],"errors":[],"modelVersion":"2023-09-01"}}""");

        var response = await TestClients.Client(service).RecognizePiiEntitiesBatchAsync([new TextDocumentInput("1", Letter)], Options());

        Assert.True(Assert.Single(response.Value).HasError);
    }

    [Fact]
    public async Task Throttling_is_retried_after_the_delay_the_service_asks_for()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.Known["林美玲"] = ("Person", 0.9);
        service.ReplyOnceWith(HttpStatusCode.TooManyRequests, ("Retry-After", "1"));

        var response = await TestClients.Client(service).RecognizePiiEntitiesBatchAsync([new TextDocumentInput("1", Letter)], Options());

        Assert.Single(response.Value[0].Entities);
        var requests = service.Requests.ToList();
        Assert.Equal(2, requests.Count);
        // Back-off alone is milliseconds here (FastOptions): only Retry-After explains a wait of a second.
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(900),
            $"retried after {(requests[1].ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds} ms");
        Assert.Equal(requests[0].Raw, requests[1].Raw);
    }

    [Fact]
    public async Task Server_errors_are_retried_and_a_lasting_outage_throws_with_its_status()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.ReplyOnceWith(HttpStatusCode.BadGateway);
        var client = TestClients.Client(service);

        await client.RecognizePiiEntitiesBatchAsync([new TextDocumentInput("1", Letter)], Options());
        Assert.Equal(2, service.Requests.Count);

        service.AlwaysStatus = HttpStatusCode.ServiceUnavailable;
        var error = await Assert.ThrowsAsync<RequestFailedException>(() =>
            client.RecognizePiiEntitiesBatchAsync([new TextDocumentInput("1", Letter)], Options()));
        Assert.Equal(503, error.Status);
        Assert.Equal(2 + 4, service.Requests.Count); // the first try and three retries
    }

    [Fact]
    public async Task An_unreadable_response_throws_without_quoting_it()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.ReplyOnceWithBody("""{"kind":"PiiEntityRecognitionResults","results":{"documents":[{"id":"1","entities":[{"text":"林美玲"}]}]}}""");

        var error = await Assert.ThrowsAsync<RequestFailedException>(() =>
            TestClients.Client(service).RecognizePiiEntitiesBatchAsync([new TextDocumentInput("1", Letter)], Options()));

        Assert.Equal("MalformedResponse", error.ErrorCode);
        Assert.DoesNotContain("林美玲", error.Message);
    }

    [Fact]
    public async Task Entra_ID_token_is_sent_over_https_for_the_cognitive_services_audience()
    {
        using var certificate = SelfSigned();
        await using var service = await FakeLanguageService.StartAsync(certificate);
        var credential = new RecordingTokenCredential();
        var client = new TextAnalyticsClient(service.Endpoint, credential, TestClients.FastOptions(certificate));

        await client.RecognizePiiEntitiesBatchAsync([new TextDocumentInput("1", Letter)], Options());

        Assert.Equal("https", service.Endpoint.Scheme);
        Assert.Empty(service.Violations);
        Assert.Equal("Bearer entra-token", Assert.Single(service.Requests).Headers["Authorization"]);
        Assert.Equal("https://cognitiveservices.azure.com/.default", Assert.Single(credential.Scopes));
        Assert.False(service.Requests.Single().Headers.ContainsKey("Ocp-Apim-Subscription-Key"));
    }

    [Fact]
    public async Task Pipeline_logs_hold_neither_the_text_nor_the_key()
    {
        await using var service = await FakeLanguageService.StartAsync();
        service.Known["林美玲"] = ("Person", 0.9);
        service.ReplyOnceWith(HttpStatusCode.TooManyRequests, ("Retry-After", "0"));
        var events = new List<string>();
        using (new AzureEventSourceListener((e, message) =>
               {
                   lock (events)
                   {
                       events.Add(message + " " + string.Join(" ", e.Payload ?? []));
                   }
               }, EventLevel.Verbose))
        {
            await TestClients.Client(service).RecognizePiiEntitiesBatchAsync([new TextDocumentInput("1", Letter)], Options());
        }

        Assert.Contains(events, e => e.Contains("analyze-text", StringComparison.Ordinal));
        Assert.All(events, e =>
        {
            Assert.DoesNotContain("林美玲", e);
            Assert.DoesNotContain("王大明", e);
            Assert.DoesNotContain(TestClients.Key, e);
        });
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Kestrel needs the private key in a form it can load on every platform.
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), null);
    }
}
