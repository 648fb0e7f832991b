using DocScan.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary><c>GET /api/review/documents/{id}/drafts/{name}</c>: one proposed draft, or its text with <c>?view=text</c>.</summary>
public sealed class ReviewDraftFunction(ReviewHttp review)
{
    public const string Name = "ReviewDraft";

    [Function(Name)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ReviewHttp.DraftRoute)] HttpRequest request,
        string id,
        string name,
        CancellationToken cancellationToken) =>
        review.DraftAsync(request, ReviewerIdentity.From(request), id, name, cancellationToken);
}
