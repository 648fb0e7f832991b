using DocScan.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary><c>GET /api/review/documents/{id}</c>: the stored report (masked values only) as its JSON, each finding with its masked <c>snippet</c> of context.</summary>
public sealed class ReviewReportFunction(ReviewHttp review)
{
    public const string Name = "ReviewReport";

    [Function(Name)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ReviewHttp.ReportRoute)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        review.ReportAsync(ReviewerIdentity.From(request), id, cancellationToken);
}
