using DocScan.Storage.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DocScan.Functions;

/// <summary>The review endpoints' one way of turning the caller and the service's refusals into HTTP answers.</summary>
internal static class ReviewResults
{
    public static async Task<IActionResult> RunAsync(HttpRequest request, Func<ReviewCaller, Task<object>> action)
    {
        if (ReviewerIdentity.From(request) is not { } caller)
        {
            return DocumentStatusBody.Error(StatusCodes.Status401Unauthorized, "請先登入。");
        }

        try
        {
            return new OkObjectResult(await action(caller));
        }
        catch (ReviewRefusedException ex)
        {
            return DocumentStatusBody.Error(ex.Refusal switch
            {
                ReviewRefusal.Forbidden => StatusCodes.Status403Forbidden,
                ReviewRefusal.NotFound => StatusCodes.Status404NotFound,
                ReviewRefusal.AlreadyDecided => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            }, ex.Message);
        }
    }
}
