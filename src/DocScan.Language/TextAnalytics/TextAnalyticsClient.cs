using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace DocScan.Language.TextAnalytics;

/// <summary>
/// A small client for Azure AI Language's <c>/language/:analyze-text</c>, shaped like the official
/// <c>Azure.AI.TextAnalytics</c> client (which cannot be restored here) so it can be swapped for it.
/// Requests go through Azure.Core's pipeline: retries with back-off that honour <c>Retry-After</c> on
/// 429 and 5xx, logging without content, and a key or Entra ID credential.
/// </summary>
public class TextAnalyticsClient
{
    private const string KeyHeader = "Ocp-Apim-Subscription-Key";

    private readonly Uri _endpoint;
    private readonly HttpPipeline _pipeline;
    private readonly string _version;
    private readonly string? _defaultLanguage;

    /// <summary>For mocking.</summary>
    protected TextAnalyticsClient()
    {
        _endpoint = null!;
        _pipeline = null!;
        _version = null!;
    }

    public TextAnalyticsClient(Uri endpoint, AzureKeyCredential credential)
        : this(endpoint, credential, new TextAnalyticsClientOptions())
    {
    }

    public TextAnalyticsClient(Uri endpoint, AzureKeyCredential credential, TextAnalyticsClientOptions options)
        : this(endpoint, options, new KeyCredentialPolicy(credential ?? throw new ArgumentNullException(nameof(credential)), KeyHeader))
    {
    }

    public TextAnalyticsClient(Uri endpoint, TokenCredential credential)
        : this(endpoint, credential, new TextAnalyticsClientOptions())
    {
    }

    public TextAnalyticsClient(Uri endpoint, TokenCredential credential, TextAnalyticsClientOptions options)
        : this(endpoint, options, new BearerTokenAuthenticationPolicy(
            credential ?? throw new ArgumentNullException(nameof(credential)),
            (options ?? throw new ArgumentNullException(nameof(options))).Audience.TrimEnd('/') + "/.default"))
    {
    }

    private TextAnalyticsClient(Uri endpoint, TextAnalyticsClientOptions options, HttpPipelinePolicy authentication)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(options);
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException("The endpoint must be an absolute URI.", nameof(endpoint));
        }

        _endpoint = endpoint;
        _version = options.Version;
        _defaultLanguage = options.DefaultLanguage;
        _pipeline = HttpPipelineBuilder.Build(options, authentication);
    }

    /// <summary>The endpoint of the Language resource.</summary>
    public virtual Uri Endpoint => _endpoint;

    /// <summary>
    /// Finds personal data in a batch of documents. Offsets are in UTF-16 code units. A document the
    /// service rejects has <see cref="RecognizePiiEntitiesResult.HasError"/>; a request it rejects,
    /// even after retries, throws.
    /// </summary>
    /// <exception cref="RequestFailedException">The service refused the request or could not be reached, or answered something unreadable.</exception>
    public virtual async Task<Response<RecognizePiiEntitiesResultCollection>> RecognizePiiEntitiesBatchAsync(
        IEnumerable<TextDocumentInput> documents, RecognizePiiEntitiesOptions? options = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var batch = documents.ToList();
        if (batch.Count == 0)
        {
            throw new ArgumentException("At least one document is needed.", nameof(documents));
        }

        if (batch.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count() != batch.Count)
        {
            throw new ArgumentException("Document ids must be unique within a batch.", nameof(documents));
        }

        using var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_endpoint);
        request.Uri.AppendPath("/language/:analyze-text", escape: false);
        request.Uri.AppendQuery("api-version", _version, escapeValue: true);
        request.Headers.Add(HttpHeader.Common.JsonContentType);
        request.Headers.Add(HttpHeader.Names.Accept, "application/json");
        request.Content = RequestContent.Create(AnalyzeTextRequest.Write(batch, options ?? new RecognizePiiEntitiesOptions(), _defaultLanguage));

        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.IsError)
        {
            throw new RequestFailedException(response);
        }

        try
        {
            return Response.FromValue(AnalyzeTextResponse.Read(response.Content, batch), response);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // The body is not quoted: it holds the documents' entities.
            throw new RequestFailedException(response.Status, "The service's response is not a PiiEntityRecognitionResults body.", "MalformedResponse", ex);
        }
    }
}
