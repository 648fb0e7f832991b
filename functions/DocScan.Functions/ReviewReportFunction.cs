using DocScan.Storage.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary><c>GET /api/review/documents/{id}</c>: the stored report (masked values only) as its JSON, each finding with its masked <c>snippet</c> of context.</summary>
public sealed class ReviewReportFunction(ReviewService review)
{
    public const string Name = "ReviewReport";

    [Function(Name)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/documents/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        ReviewResults.RunAsync(request, async caller =>
        {
            var result = await review.GetReportAsync(caller, id, cancellationToken);
            var json = System.Text.Json.Nodes.JsonNode.Parse(result.Report.ToJson())!;
            var findings = json["findings"]!.AsArray();
            for (var i = 0; i < findings.Count; i++)
            {
                findings[i]!["snippet"] = result.Snippets[i];
            }

            return json;
        });
}
