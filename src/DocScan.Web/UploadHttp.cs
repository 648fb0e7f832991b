using System.Globalization;
using DocScan.Storage;
using DocScan.Storage.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DocScan.Web;

/// <summary>
/// Records staff's upload and status endpoints, the same for both hosts; each host says who the uploader is.
/// Routes are relative to the hosts' <c>/api</c> prefix.
/// </summary>
public sealed class UploadHttp(UploadService uploads, UploadOptions options)
{
    public const string UploadRoute = "documents";
    public const string StatusRoute = "documents/{id}";
    public const string ReportRoute = "documents/{id}/report";
    public const string ReportJsonRoute = "documents/{id}/report.json";

    /// <summary>
    /// <c>POST documents</c>: the document as the raw body (<c>?name=</c>) or a multipart form; <c>?folder=</c> for the agency's
    /// folder, <c>?wait=</c> seconds to wait for the verdict. 200 with the verdict, or 202 with where to ask again.
    /// </summary>
    public async Task<IActionResult> UploadAsync(HttpRequest request, string? uploader, CancellationToken cancellationToken)
    {
        if (uploader is null)
        {
            return ApiResults.Error(StatusCodes.Status401Unauthorized, "無法確認上傳者身分：請先登入。");
        }

        var document = await UploadRequest.ReadAsync(request, cancellationToken);
        if (document is null)
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, "沒有收到文件：請先選擇要上傳的檔案（檔案不可是空白的），再按「上傳」。");
        }

        UploadResult result;
        try
        {
            result = await uploads.UploadAsync(document.Content, document.FileName, uploader, request.Query["folder"].ToString(), cancellationToken);
        }
        catch (ArgumentException ex)
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, ex.Message);
        }

        var status = await uploads.WaitForReportAsync(result.DocumentId, Wait(request.Query["wait"].ToString()), cancellationToken);
        return DocumentStatusBody.Result(status);
    }

    /// <summary><c>GET documents/{id}</c>: the verdict and report links, or 202 while the document waits for its scan.</summary>
    public async Task<IActionResult> StatusAsync(string id, CancellationToken cancellationToken) =>
        DocumentIds.IsValid(id)
            ? DocumentStatusBody.Result(await uploads.GetStatusAsync(id, cancellationToken))
            : ApiResults.Error(StatusCodes.Status400BadRequest, "文件編號格式不正確。");

    /// <summary>
    /// <c>GET documents/{id}/report</c> (the page) and <c>documents/{id}/report.json</c>: the report, for its uploader and for
    /// reviewers and auditors, through the API with the caller's own sign-in (no storage key or role needed).
    /// </summary>
    public Task<IActionResult> ReportAsync(ReviewCaller? caller, string id, bool html, CancellationToken cancellationToken) =>
        DocumentIds.IsValid(id)
            ? ApiResults.ReviewAsync(caller, async c => new ReportContentResult(await uploads.ReadReportAsync(c, id, html, cancellationToken), html))
            : Task.FromResult(ApiResults.Error(StatusCodes.Status400BadRequest, "文件編號格式不正確。"));

    private TimeSpan Wait(string requested) =>
        double.TryParse(requested, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(Math.Min(seconds, options.MaxWait.TotalSeconds))
            : options.DefaultWait;
}
