using Azure.Core;

namespace DocScan.Language.TextAnalytics;

/// <summary>Options for <see cref="TextAnalyticsClient"/>: the pipeline's retries, diagnostics and transport, plus the service version.</summary>
public class TextAnalyticsClientOptions : ClientOptions
{
    internal const ServiceVersion LatestVersion = ServiceVersion.V2023_04_01;

    /// <summary>The versions of the Language REST API this client speaks.</summary>
    public enum ServiceVersion
    {
        /// <summary><c>2023-04-01</c>, the generally available <c>/language/:analyze-text</c>.</summary>
        V2023_04_01 = 1,
    }

    public TextAnalyticsClientOptions(ServiceVersion version = LatestVersion)
    {
        Version = version switch
        {
            ServiceVersion.V2023_04_01 => "2023-04-01",
            _ => throw new NotSupportedException($"Service version {version} is not supported."),
        };
    }

    /// <summary>Language of documents that name none, as an ISO 639-1 code or a variant the service knows (<c>zh-hant</c>).</summary>
    public string? DefaultLanguage { get; set; } = "en";

    /// <summary>The Entra ID audience tokens are requested for; change it only for sovereign clouds.</summary>
    public string Audience { get; set; } = "https://cognitiveservices.azure.com";

    internal string Version { get; }
}
