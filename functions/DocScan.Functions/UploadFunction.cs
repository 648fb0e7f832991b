using DocScan.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary>
/// <c>POST /api/documents</c>: records staff upload a document (raw body with <c>?name=</c>, or a multipart
/// form; <c>?folder=</c> for the agency's folder, <c>?wait=</c> seconds to wait for the verdict) and get
/// back its document id and, once scanned, its verdict and report links.
/// </summary>
public sealed class UploadFunction(UploadService uploads, UploadOptions options)
{
    public const string Name = "Upload";

    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "documents")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var uploader = UploaderIdentity.From(request, options);
        if (uploader is null)
        {
            return DocumentStatusBody.Error(StatusCodes.Status401Unauthorized, "無法確認上傳者身分：請先登入。");
        }

        var document = await UploadRequest.ReadAsync(request, cancellationToken);
        if (document is null)
        {
            return DocumentStatusBody.Error(StatusCodes.Status400BadRequest, "沒有收到文件：請以請求內容或 multipart 表單上傳檔案。");
        }

        UploadResult result;
        try
        {
            result = await uploads.UploadAsync(document.Content, document.FileName, uploader, request.Query["folder"].ToString(), cancellationToken);
        }
        catch (ArgumentException ex)
        {
            return DocumentStatusBody.Error(StatusCodes.Status400BadRequest, ex.Message);
        }

        var status = await uploads.WaitForReportAsync(result.DocumentId, Wait(request.Query["wait"].ToString()), cancellationToken);
        return DocumentStatusBody.Result(status);
    }

    private TimeSpan Wait(string requested) =>
        double.TryParse(requested, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(Math.Min(seconds, options.MaxWait.TotalSeconds))
            : options.DefaultWait;
}
