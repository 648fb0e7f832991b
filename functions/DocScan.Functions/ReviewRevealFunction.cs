using System.Text.Json;
using DocScan.Storage.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary>
/// <c>POST /api/review/documents/{id}/findings/{finding}/reveal</c> with <c>{"reason": "..."}</c>: one unmasked value
/// (findings counted from 1), for reviewers, audited with the reason before it is answered.
/// </summary>
public sealed class ReviewRevealFunction(ReviewService review)
{
    public const string Name = "ReviewReveal";

    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "review/documents/{id}/findings/{finding:int}/reveal")] HttpRequest request,
        string id,
        int finding,
        CancellationToken cancellationToken)
    {
        string? reason;
        try
        {
            reason = (await JsonSerializer.DeserializeAsync<RevealBody>(request.Body, JsonSerializerOptions.Web, cancellationToken))?.Reason;
        }
        catch (JsonException)
        {
            reason = null;
        }

        var result = await ReviewResults.RunAsync(request, async caller => await review.RevealAsync(caller, id, finding - 1, reason, cancellationToken));
        // A value someone had to justify seeing is not for caches.
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return result;
    }

    private sealed record RevealBody(string? Reason);
}
