using Microsoft.Extensions.Configuration;

namespace DocScan.Functions;

/// <summary>Settings of the upload endpoint (<c>DocScan:Upload</c>, app settings <c>DocScan__Upload__…</c>).</summary>
public sealed class UploadOptions
{
    /// <summary>
    /// Take the uploader's name from <see cref="UploaderIdentity.LocalHeader"/>. Only for a local host
    /// without platform authentication: in Azure the identity comes from the token, never from the caller.
    /// </summary>
    public bool TrustUploaderHeader { get; set; }

    /// <summary>How long an upload waits for its verdict before answering 202 with the status link.</summary>
    public TimeSpan DefaultWait { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(60);

    public static UploadOptions From(IConfiguration configuration) =>
        configuration.GetSection("DocScan:Upload").Get<UploadOptions>() ?? new UploadOptions();
}
