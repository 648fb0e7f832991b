using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DocScan.Web;

/// <summary>What the upload and status endpoints answer: the id, and once scanned, the verdict and where its report is.</summary>
/// <param name="Decision">The reviewer's decision once made (approve-redacted, approve-dual-draft, release-as-is, reject).</param>
/// <param name="DecisionReason">Why the reviewer sent the document back (rejections only).</param>
public sealed record DocumentStatusBody(string DocumentId, string Status, string? Verdict, string? VerdictLabel, ReportLinks Report, string StatusUrl,
    string? Decision = null, string? DecisionReason = null)
{
    public const string Scanned = "scanned";
    public const string Pending = "pending";

    /// <summary>200 with the verdict, or 202 with a Location to ask again.</summary>
    public static IActionResult Result(DocumentStatus status)
    {
        var statusUrl = $"/api/documents/{status.DocumentId}";
        var body = new DocumentStatusBody(status.DocumentId, status.IsScanned ? Scanned : Pending, status.Verdict, Label(status.Verdict),
            new ReportLinks($"{statusUrl}/report.json", $"{statusUrl}/report"), statusUrl, status.Decision, status.DecisionReason);
        return status.IsScanned
            ? new OkObjectResult(body)
            : new AcceptedResult(statusUrl, body);
    }

    private static string? Label(string? verdict) =>
        Enum.GetValues<Verdict>().Where(v => ReportJson.VerdictId(v) == verdict).Select(Labels.Of).FirstOrDefault();
}

/// <summary>The report's two forms, served by the API to the document's uploader and to reviewers and auditors.</summary>
public sealed record ReportLinks(string Json, string Html);
