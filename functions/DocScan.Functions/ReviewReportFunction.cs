using DocScan.Storage.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary><c>GET /api/review/documents/{id}</c>: the stored report (masked values only) as its JSON.</summary>
public sealed class ReviewReportFunction(ReviewService review)
{
    public const string Name = "ReviewReport";

    [Function(Name)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/documents/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        ReviewResults.RunAsync(request, async caller =>
            System.Text.Json.Nodes.JsonNode.Parse((await review.GetReportAsync(caller, id, cancellationToken)).ToJson())!);
}
