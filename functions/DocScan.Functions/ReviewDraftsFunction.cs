using DocScan.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary><c>GET /api/review/documents/{id}/drafts</c>: the drafts proposed for release.</summary>
public sealed class ReviewDraftsFunction(ReviewHttp review)
{
    public const string Name = "ReviewDrafts";

    [Function(Name)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ReviewHttp.DraftsRoute)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        review.DraftsAsync(ReviewerIdentity.From(request), id, cancellationToken);
}
