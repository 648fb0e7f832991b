using DocScan.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary><c>GET /api/review/documents?verdict=&amp;folder=&amp;from=&amp;to=&amp;pageSize=&amp;continuation=</c>: the documents waiting for a reviewer.</summary>
public sealed class ReviewQueueFunction(ReviewHttp review)
{
    public const string Name = "ReviewQueue";

    [Function(Name)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ReviewHttp.QueueRoute)] HttpRequest request,
        CancellationToken cancellationToken) =>
        review.QueueAsync(request, ReviewerIdentity.From(request), cancellationToken);
}
