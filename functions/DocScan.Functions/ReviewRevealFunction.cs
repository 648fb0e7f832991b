using DocScan.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary><c>POST /api/review/documents/{id}/findings/{finding}/reveal</c>: one unmasked value, audited with its reason first.</summary>
public sealed class ReviewRevealFunction(ReviewHttp review)
{
    public const string Name = "ReviewReveal";

    [Function(Name)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ReviewHttp.RevealRoute)] HttpRequest request,
        string id,
        int finding,
        CancellationToken cancellationToken) =>
        review.RevealAsync(request, ReviewerIdentity.From(request), id, finding, cancellationToken);
}
