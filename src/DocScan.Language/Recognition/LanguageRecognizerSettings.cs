using Azure;
using Azure.Core;
using Azure.Identity;
using DocScan.Language.TextAnalytics;
using Microsoft.Extensions.Logging;

namespace DocScan.Language.Recognition;

/// <summary>
/// Where the agency's Language resource is and how to authenticate to it, read from configuration
/// (app settings, environment). No endpoint, no recognizer: nothing is sent anywhere. With a key
/// (in Azure, an app setting that references Key Vault) the key is used; without one, an Entra ID
/// identity (the app's managed identity, or a developer's sign-in) with the Cognitive Services User role.
/// A class, not a record: a generated ToString would print the key into whatever logs it.
/// </summary>
public sealed class LanguageRecognizerSettings
{
    public const string EndpointSetting = "DocScan:Language:Endpoint";
    public const string KeySetting = "DocScan:Language:Key";
    public const string ManagedIdentityClientIdSetting = "DocScan:Language:ManagedIdentityClientId";

    public LanguageRecognizerSettings(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && !(endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback)))
        {
            // Document text and the key would cross the network in the clear.
            throw new ArgumentException($"雲端個資辨識服務的端點必須是 https 網址：{endpoint}", nameof(endpoint));
        }

        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>The resource key; null to authenticate with Entra ID instead.</summary>
    public string? Key { get; init; }

    /// <summary>Client id of a user-assigned managed identity; null for the system-assigned one or a developer's sign-in.</summary>
    public string? ManagedIdentityClientId { get; init; }

    /// <summary>The settings named by <see cref="EndpointSetting"/> and the rest, or null when no endpoint is configured.</summary>
    /// <exception cref="ArgumentException">The endpoint is not an https URL.</exception>
    public static LanguageRecognizerSettings? FromConfiguration(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        if (Blank(setting(EndpointSetting)) is not { } endpoint)
        {
            return null;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"雲端個資辨識服務的端點不是有效的網址：{endpoint}", nameof(setting));
        }

        return new LanguageRecognizerSettings(uri)
        {
            Key = Blank(setting(KeySetting)),
            ManagedIdentityClientId = Blank(setting(ManagedIdentityClientIdSetting)),
        };
    }

    /// <summary>From environment variables, where <c>:</c> is written <c>__</c> (<c>DocScan__Language__Endpoint</c>), as app settings are.</summary>
    public static LanguageRecognizerSettings? FromEnvironment() =>
        FromConfiguration(name => Environment.GetEnvironmentVariable(name.Replace(":", "__", StringComparison.Ordinal)));

    /// <summary>
    /// Options DocScan uses: retries with exponential back-off (a 429's Retry-After wins when longer),
    /// and request logging without content, since the content is the document.
    /// </summary>
    public static TextAnalyticsClientOptions DefaultClientOptions()
    {
        var options = new TextAnalyticsClientOptions { DefaultLanguage = "zh-hant" };
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 4;
        options.Retry.Delay = TimeSpan.FromSeconds(1);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(60);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(60);
        options.Diagnostics.IsLoggingContentEnabled = false;
        options.Diagnostics.ApplicationId = "DocScan";
        return options;
    }

    public TextAnalyticsClient CreateClient(TextAnalyticsClientOptions? options = null)
    {
        options ??= DefaultClientOptions();
        options.Diagnostics.IsLoggingContentEnabled = false;
        return Key is { } key
            ? new TextAnalyticsClient(Endpoint, new AzureKeyCredential(key), options)
            : new TextAnalyticsClient(Endpoint, CreateIdentity(), options);
    }

    public LanguagePiiRecognizer CreateRecognizer(ILoggerFactory? loggerFactory = null, LanguageRecognizerOptions? options = null) =>
        new(CreateClient(), options, loggerFactory?.CreateLogger<LanguagePiiRecognizer>());

    private TokenCredential CreateIdentity() =>
        new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = ManagedIdentityClientId });

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
