using DocScan.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary><c>GET /api/documents/{id}</c>: the verdict and report links of an uploaded document, or 202 while it waits for its scan.</summary>
public sealed class DocumentStatusFunction(UploadHttp uploads)
{
    public const string Name = "DocumentStatus";

    [Function(Name)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = UploadHttp.StatusRoute)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        uploads.StatusAsync(id, cancellationToken);
}
