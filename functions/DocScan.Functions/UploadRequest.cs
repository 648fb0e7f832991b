using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace DocScan.Functions;

/// <summary>The document in an upload request: the raw body (name in <c>?name=</c> or Content-Disposition), or the first file of a multipart form.</summary>
public sealed record UploadRequest(Stream Content, string FileName)
{
    public static async Task<UploadRequest?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var file = form.Files.FirstOrDefault(f => f.Length > 0);
            return file is null ? null : new UploadRequest(file.OpenReadStream(), file.FileName);
        }

        if (request.ContentLength == 0)
        {
            return null;
        }

        return new UploadRequest(request.Body, request.Query["name"].ToString() is { Length: > 0 } name ? name : DispositionName(request) ?? "document");
    }

    private static string? DispositionName(HttpRequest request) =>
        ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
            ? (disposition.FileNameStar ?? disposition.FileName)?.Trim('"')
            : null;
}
