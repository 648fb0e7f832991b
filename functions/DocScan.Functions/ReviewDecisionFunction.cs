using DocScan.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary><c>POST /api/review/documents/{id}/decision</c>: a reviewer's decision (see <see cref="ReviewHttp.DecisionAsync"/>).</summary>
public sealed class ReviewDecisionFunction(ReviewHttp review)
{
    public const string Name = "ReviewDecision";

    [Function(Name)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ReviewHttp.DecisionRoute)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        review.DecisionAsync(request, ReviewerIdentity.From(request), id, cancellationToken);
}
