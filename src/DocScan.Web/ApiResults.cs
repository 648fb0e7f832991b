using DocScan.Storage.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DocScan.Web;

/// <summary>How every DocScan endpoint answers: JSON bodies, errors as <c>{"error": "…"}</c> in words a user can act on.</summary>
public static class ApiResults
{
    public static IActionResult Error(int statusCode, string message) =>
        new ObjectResult(new { error = message }) { StatusCode = statusCode };

    public static IActionResult Unauthenticated() => Error(StatusCodes.Status401Unauthorized, "請先登入。");

    /// <summary>Runs a review action for an authenticated caller and turns the service's refusals into HTTP answers.</summary>
    public static async Task<IActionResult> ReviewAsync(ReviewCaller? caller, Func<ReviewCaller, Task<IActionResult>> action)
    {
        if (caller is null)
        {
            return Unauthenticated();
        }

        try
        {
            return await action(caller).ConfigureAwait(false);
        }
        catch (ReviewRefusedException ex)
        {
            return Error(ex.Refusal switch
            {
                ReviewRefusal.Forbidden => StatusCodes.Status403Forbidden,
                ReviewRefusal.NotFound => StatusCodes.Status404NotFound,
                ReviewRefusal.AlreadyDecided => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            }, ex.Message);
        }
    }
}
