using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace DocScan.Language.TextAnalytics;

/// <summary>
/// Puts the resource key in its header on every try. The key is read per request, so a key rotated
/// with <see cref="AzureKeyCredential.Update"/> is used at once; the pipeline's logging redacts the header.
/// </summary>
internal sealed class KeyCredentialPolicy(AzureKeyCredential credential, string header) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) => message.Request.Headers.SetValue(header, credential.Key);
}
