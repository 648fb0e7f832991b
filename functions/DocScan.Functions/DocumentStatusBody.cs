using DocScan.Core.Policy;
using DocScan.Core.Reporting;
using DocScan.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DocScan.Functions;

/// <summary>What the upload and status endpoints answer: the id, and once scanned, the verdict and where its report is.</summary>
public sealed record DocumentStatusBody(string DocumentId, string Status, string? Verdict, string? VerdictLabel, ReportLinks Report, string StatusUrl)
{
    public const string Scanned = "scanned";
    public const string Pending = "pending";

    /// <summary>200 with the verdict, or 202 with a Location to ask again.</summary>
    public static IActionResult Result(DocumentStatus status)
    {
        var statusUrl = $"/api/documents/{status.DocumentId}";
        var body = new DocumentStatusBody(status.DocumentId, status.IsScanned ? Scanned : Pending, status.Verdict, Label(status.Verdict),
            new ReportLinks(status.ReportJson.ToString(), status.ReportHtml.ToString()), statusUrl);
        return status.IsScanned
            ? new OkObjectResult(body)
            : new AcceptedResult(statusUrl, body);
    }

    public static IActionResult Error(int statusCode, string message) =>
        new ObjectResult(new { error = message }) { StatusCode = statusCode };

    private static string? Label(string? verdict) =>
        Enum.GetValues<Verdict>().Where(v => ReportJson.VerdictId(v) == verdict).Select(Labels.Of).FirstOrDefault();
}

/// <summary>The report's two forms; reading them takes the same Entra ID roles as the reports container.</summary>
public sealed record ReportLinks(string Json, string Html);
