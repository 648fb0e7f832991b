using DocScan.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary><c>POST /api/documents</c>: records staff upload a document (see <see cref="UploadHttp.UploadAsync"/>).</summary>
public sealed class UploadFunction(UploadHttp uploads, UploadOptions options)
{
    public const string Name = "Upload";

    [Function(Name)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = UploadHttp.UploadRoute)] HttpRequest request,
        CancellationToken cancellationToken) =>
        uploads.UploadAsync(request, UploaderIdentity.From(request, options), cancellationToken);
}
