using System.Text.Json;
using DocScan.Storage.Audit;
using DocScan.Storage.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary>
/// <c>POST /api/review/documents/{id}/decision</c> with <c>{"decision": "approve-redacted" | "approve-dual-draft" |
/// "release-as-is" | "reject", "reason": "..."}</c>, or <c>{"decision": "false-positive", "finding": 1, "reason": "..."}</c>
/// (findings counted from 1, as the report page shows them).
/// </summary>
public sealed class ReviewDecisionFunction(ReviewService review)
{
    public const string Name = "ReviewDecision";

    private static readonly Dictionary<string, ReviewDecision> Decisions = new(StringComparer.Ordinal)
    {
        [AuditActions.ApproveRedacted] = ReviewDecision.ApproveRedacted,
        [AuditActions.ApproveDualDraft] = ReviewDecision.ApproveDualDraft,
        [AuditActions.ReleaseAsIs] = ReviewDecision.ReleaseAsIs,
        [AuditActions.Reject] = ReviewDecision.Reject,
    };

    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "review/documents/{id}/decision")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        DecisionBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<DecisionBody>(request.Body, JsonSerializerOptions.Web, cancellationToken);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body?.Decision is not { } name || (!Decisions.ContainsKey(name) && name != AuditActions.FalsePositive))
        {
            return DocumentStatusBody.Error(StatusCodes.Status400BadRequest,
                $"請以 JSON 指定 decision（{string.Join("、", Decisions.Keys.Append(AuditActions.FalsePositive))}）與 reason。");
        }

        if (name == AuditActions.FalsePositive)
        {
            return await ReviewResults.RunAsync(request, async caller =>
                await review.MarkFalsePositiveAsync(caller, id, (body.Finding ?? 0) - 1, body.Reason, cancellationToken));
        }

        return await ReviewResults.RunAsync(request, async caller =>
            await review.DecideAsync(caller, id, Decisions[name], body.Reason, cancellationToken));
    }

    private sealed record DecisionBody(string? Decision, string? Reason, int? Finding);
}
