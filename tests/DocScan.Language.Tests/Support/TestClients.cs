using System.Security.Cryptography.X509Certificates;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using DocScan.Language.Recognition;
using DocScan.Language.TextAnalytics;

namespace DocScan.Language.Tests.Support;

public static class TestClients
{
    public const string Key = "test-key-0123456789abcdef";

    /// <summary>DocScan's own client options with back-off shortened; a Retry-After still sets its delay.</summary>
    public static TextAnalyticsClientOptions FastOptions(X509Certificate2? trusted = null)
    {
        var options = LanguageRecognizerSettings.DefaultClientOptions();
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(20);
        if (trusted is not null)
        {
            options.Transport = new HttpClientTransport(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == trusted.Thumbprint,
            });
        }

        return options;
    }

    public static TextAnalyticsClient Client(FakeLanguageService service) =>
        new(service.Endpoint, new AzureKeyCredential(Key), FastOptions());

    public static LanguagePiiRecognizer Recognizer(FakeLanguageService service, LanguageRecognizerOptions? options = null) =>
        new(Client(service), options);
}

/// <summary>A token credential that records the scopes it was asked for.</summary>
public sealed class RecordingTokenCredential : TokenCredential
{
    public List<string> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (Scopes)
        {
            Scopes.AddRange(requestContext.Scopes);
        }

        return new AccessToken("entra-token", DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(GetToken(requestContext, cancellationToken));
}
