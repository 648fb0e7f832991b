using DocScan.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DocScan.Functions;

/// <summary>
/// <c>GET /api/documents/{id}/report</c> and <c>…/report.json</c>: an uploaded document's report for its uploader and for
/// reviewers and auditors, read with the app's identity (report links then need no storage key or role).
/// </summary>
public sealed class DocumentReportFunction(UploadHttp uploads)
{
    public const string Name = "DocumentReport";
    public const string JsonName = "DocumentReportJson";

    [Function(Name)]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = UploadHttp.ReportRoute)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        uploads.ReportAsync(ReviewerIdentity.From(request), id, html: true, cancellationToken);

    [Function(JsonName)]
    public Task<IActionResult> RunJsonAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = UploadHttp.ReportJsonRoute)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        uploads.ReportAsync(ReviewerIdentity.From(request), id, html: false, cancellationToken);
}
