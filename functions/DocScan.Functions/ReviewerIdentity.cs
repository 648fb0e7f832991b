using System.Text;
using System.Text.Json;
using DocScan.Storage.Review;
using Microsoft.AspNetCore.Http;

namespace DocScan.Functions;

/// <summary>
/// The reviewer API's caller: the name and the Entra ID app roles platform authentication passes in
/// <c>x-ms-client-principal</c> (which it strips from anything a client sends itself). No header, no caller.
/// </summary>
public static class ReviewerIdentity
{
    private static readonly string[] RoleClaims = ["roles", "http://schemas.microsoft.com/ws/2008/06/identity/claims/role"];

    public static ReviewCaller? From(HttpRequest request)
    {
        var encoded = request.Headers[UploaderIdentity.PrincipalHeader].ToString();
        if (encoded.Length == 0)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
            var root = json.RootElement;
            if (!root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var roleType = root.TryGetProperty("role_typ", out var typ) ? typ.GetString() : null;
            var roles = claims.EnumerateArray()
                .Where(c => c.TryGetProperty("typ", out var t) && (RoleClaims.Contains(t.GetString()) || t.GetString() == roleType))
                .Select(c => c.TryGetProperty("val", out var v) ? v.GetString() : null)
                .OfType<string>()
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            var name = UploaderIdentity.From(request, new UploadOptions());
            return name is null ? null : new ReviewCaller(name, roles);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
