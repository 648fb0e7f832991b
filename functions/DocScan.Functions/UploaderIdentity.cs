using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace DocScan.Functions;

/// <summary>
/// Who is uploading. In Azure, platform authentication (infra/) validates the token and passes the user
/// on in <c>x-ms-client-principal</c> (base64 JSON of claims) and <c>x-ms-client-principal-name</c>;
/// it drops those headers when a client sends them itself. Locally there is no platform, so a plain
/// header may stand in, but only when the settings say so.
/// </summary>
public static class UploaderIdentity
{
    public const string PrincipalHeader = "x-ms-client-principal";
    public const string PrincipalNameHeader = "x-ms-client-principal-name";
    public const string LocalHeader = "x-docscan-uploader";

    private static readonly string[] NameClaims =
        ["preferred_username", "upn", "email", "name", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name"];

    public static string? From(HttpRequest request, UploadOptions options)
    {
        if (FromPrincipal(request.Headers[PrincipalHeader].ToString()) is { } principal)
        {
            return principal;
        }

        if (request.Headers[PrincipalNameHeader].ToString() is { Length: > 0 } name)
        {
            return name;
        }

        return options.TrustUploaderHeader && request.Headers[LocalHeader].ToString() is { Length: > 0 } local ? local.Trim() : null;
    }

    private static string? FromPrincipal(string encoded)
    {
        if (encoded.Length == 0)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
            if (!json.RootElement.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var values = claims.EnumerateArray()
                .Where(c => c.TryGetProperty("typ", out _) && c.TryGetProperty("val", out _))
                .Select(c => (Type: c.GetProperty("typ").GetString(), Value: c.GetProperty("val").GetString()))
                .ToList();
            return NameClaims.Select(type => values.FirstOrDefault(c => c.Type == type).Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
