using DocScan.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary><c>GET /api/documents/{id}</c>: the verdict and report links of an uploaded document, or 202 while it waits for its scan.</summary>
public sealed class DocumentStatusFunction(UploadService uploads)
{
    public const string Name = "DocumentStatus";

    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "documents/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!DocumentIds.IsValid(id))
        {
            return DocumentStatusBody.Error(StatusCodes.Status400BadRequest, "文件編號格式不正確。");
        }

        return DocumentStatusBody.Result(await uploads.GetStatusAsync(id, cancellationToken));
    }
}
