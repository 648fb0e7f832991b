using System.Globalization;
using DocScan.Storage.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary><c>GET /api/review/documents?verdict=&amp;folder=&amp;from=&amp;to=&amp;pageSize=&amp;continuation=</c>: the documents waiting for a reviewer.</summary>
public sealed class ReviewQueueFunction(ReviewService review)
{
    public const string Name = "ReviewQueue";

    [Function(Name)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/documents")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var query = request.Query;
        if (!TryTime(query["from"], out var from) || !TryTime(query["to"], out var to)
            || !int.TryParse(query["pageSize"].ToString() is { Length: > 0 } size ? size : "50", CultureInfo.InvariantCulture, out var pageSize))
        {
            return Task.FromResult(DocumentStatusBody.Error(StatusCodes.Status400BadRequest, "查詢條件格式不正確（日期例如 2026-03-01，pageSize 為整數）。"));
        }

        return ReviewResults.RunAsync(request, async caller => await review.ListPendingAsync(caller,
            new PendingQuery(Text(query["verdict"]), Text(query["folder"]), from, to, pageSize, Text(query["continuation"])), cancellationToken));
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static bool TryTime(string? value, out DateTimeOffset? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var ok = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed);
        time = ok ? parsed : null;
        return ok;
    }
}
