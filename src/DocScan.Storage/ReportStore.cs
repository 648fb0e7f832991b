using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DocScan.Core.Reporting;

namespace DocScan.Storage;

/// <summary>What a stored report says at a glance, read from its blob's metadata without downloading it.</summary>
/// <param name="Decision">The reviewer's decision, once there is one.</param>
public sealed record ReportSummary(string Id, string Verdict, string RulesVersion, string? RoutedTo, string? Decision = null, string? DecisionReason = null);

/// <summary>
/// <c>reports/{id}.json</c> for machines and <c>reports/{id}.html</c> for people, masked values only.
/// The JSON is written last: its existence means the document is done (copy routed, page written).
/// </summary>
public sealed class ReportStore(BlobServiceClient service, ContainerNames containers)
{
    private const string JsonSuffix = ".json";
    private const string HtmlSuffix = ".html";

    private BlobContainerClient Container => service.GetBlobContainerClient(containers.Reports);


    public async Task<ReportSummary?> GetSummaryAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await Container.GetBlobClient(id + JsonSuffix).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var metadata = properties.Value.Metadata;
            return new ReportSummary(id,
                metadata.TryGetValue(BlobKeys.Verdict, out var verdict) ? verdict : "",
                metadata.TryGetValue(BlobKeys.Rules, out var rules) ? BlobKeys.Unescape(rules) : "",
                metadata.TryGetValue(BlobKeys.RoutedTo, out var routed) ? BlobKeys.Unescape(routed) : null,
                metadata.TryGetValue(BlobKeys.Decision, out var decision) ? decision : null,
                metadata.TryGetValue(BlobKeys.DecisionReason, out var reason) ? BlobKeys.Unescape(reason) : null);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task<StoredReport?> ReadAsync(string id, CancellationToken cancellationToken) =>
        await ReadJsonAsync(id, cancellationToken).ConfigureAwait(false) is { } json ? StoredReport.Parse(json) : null;

    /// <summary>The report as stored for machines; null when the document has none (yet).</summary>
    public Task<string?> ReadJsonAsync(string id, CancellationToken cancellationToken) => ReadTextAsync(id + JsonSuffix, cancellationToken);

    /// <summary>The report's page for people as stored; null when there is none.</summary>
    public Task<string?> ReadHtmlAsync(string id, CancellationToken cancellationToken) => ReadTextAsync(id + HtmlSuffix, cancellationToken);

    private async Task<string?> ReadTextAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await Container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task WriteAsync(StoredReport report, CancellationToken cancellationToken)
    {
        var verdict = ReportJson.VerdictId(report.Scan.Verdict);
        var metadata = new Dictionary<string, string>
        {
            [BlobKeys.Id] = report.Id,
            [BlobKeys.Verdict] = verdict,
            [BlobKeys.Rules] = BlobKeys.Escape(report.Scan.RulesVersion),
        };
        if (report.RoutedTo is not null)
        {
            metadata[BlobKeys.RoutedTo] = BlobKeys.Escape(report.RoutedTo);
        }

        var tags = new Dictionary<string, string>
        {
            [BlobKeys.IdTag] = report.Id,
            [BlobKeys.VerdictTag] = verdict,
            [BlobKeys.RulesTag] = report.Scan.RulesVersion,
        };

        await Container.GetBlobClient(report.Id + HtmlSuffix).UploadAsync(
            BinaryData.FromString(ReportHtml.Render(report.Scan, report.HtmlDetails())),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/html; charset=utf-8" }, Metadata = metadata },
            cancellationToken).ConfigureAwait(false);
        await Container.GetBlobClient(report.Id + JsonSuffix).UploadAsync(
            BinaryData.FromString(report.ToJson()),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" }, Metadata = metadata, Tags = tags },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The ids of every finished document.</summary>
    public async Task<HashSet<string>> ListIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var blob in Container.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (IdOf(blob.Name) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>The ids of reports judged by any rules other than <paramref name="rulesVersion"/>, found through the index tags.</summary>
    public async Task<HashSet<string>> FindJudgedByOtherRulesAsync(string rulesVersion, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        // Tag queries have no "not equal": older and newer versions are the two sides of it.
        foreach (var comparison in new[] { "<", ">" })
        {
            var query = $"\"{BlobKeys.RulesTag}\" {comparison} '{rulesVersion.Replace("'", "''", StringComparison.Ordinal)}'";
            await foreach (var item in Container.FindBlobsByTagsAsync(query, cancellationToken).ConfigureAwait(false))
            {
                if (IdOf(item.BlobName) is { } id)
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }

    private static string? IdOf(string blobName) =>
        blobName.EndsWith(JsonSuffix, StringComparison.Ordinal) && blobName[..^JsonSuffix.Length] is var id && DocumentIds.IsValid(id) ? id : null;
}
