using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DocScan.Core.Policy;
using DocScan.Core.Reporting;

namespace DocScan.Storage;

/// <summary>
/// Puts a copy of the scanned version where its verdict sends it: <c>released/</c>, <c>review/</c> or
/// <c>quarantine/</c>. The original in <c>outbound/</c> is never touched. Copies are named
/// <c>{folder}/{id}/{file}</c> with values masked: unique per version (two versions of one name never
/// overwrite each other's copy), listable by the agency's folder, and no raw ID in a name that
/// listings show to whoever may read the container.
/// </summary>
public sealed class VerdictRouter(BlobServiceClient service, ContainerNames containers, IDocumentScanEngine engine)
{
    /// <summary>Where the copy of <paramref name="document"/> with <paramref name="verdict"/> goes, as <c>container/name</c>.</summary>
    public string RouteFor(SourceDocument document, Verdict verdict)
    {
        var masked = engine.Mask(document.Name);
        var slash = masked.LastIndexOf('/');
        var name = slash < 0 ? $"{document.Id}/{masked}" : $"{masked[..slash]}/{document.Id}/{masked[(slash + 1)..]}";
        return $"{containers.For(verdict)}/{name}";
    }

    /// <summary>
    /// Writes the copy with its tags and metadata, exactly once per route: a second delivery finds the
    /// copy there and only brings its tags up to date. A copy the previous report routed elsewhere (the
    /// rules changed the verdict) is removed, so one version has one copy.
    /// </summary>
    public async Task<string> RouteAsync(SourceDocument document, StoredReport report, string? previousRoute, CancellationToken cancellationToken)
    {
        var route = report.RoutedTo ?? RouteFor(document, report.Scan.Verdict);
        var target = Blob(route);
        var tags = new Dictionary<string, string>
        {
            [BlobKeys.VerdictTag] = ReportJson.VerdictId(report.Scan.Verdict),
            [BlobKeys.RulesTag] = report.Scan.RulesVersion,
            [BlobKeys.IdTag] = document.Id,
        };
        var metadata = Metadata(document, report);
        try
        {
            var options = new BlobUploadOptions
            {
                Metadata = metadata,
                Tags = tags,
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            };
            if (document.Content is { } content)
            {
                await target.UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Too large to hold: stream it across, and only the version that was judged.
                var source = service.GetBlobContainerClient(document.Container).GetBlobClient(document.Name);
                await using var stream = await source.OpenReadAsync(
                    new BlobOpenReadOptions(allowModifications: false) { Conditions = new BlobRequestConditions { IfMatch = document.ETag } },
                    cancellationToken).ConfigureAwait(false);
                await target.UploadAsync(stream, options, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            await target.SetMetadataAsync(metadata, cancellationToken: cancellationToken).ConfigureAwait(false);
            await target.SetTagsAsync(tags, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (previousRoute is not null && previousRoute != route)
        {
            await Blob(previousRoute).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return route;
    }

    private BlobClient Blob(string route)
    {
        var slash = route.IndexOf('/');
        return service.GetBlobContainerClient(route[..slash]).GetBlobClient(route[(slash + 1)..]);
    }

    private Dictionary<string, string> Metadata(SourceDocument document, StoredReport report)
    {
        var metadata = new Dictionary<string, string>
        {
            [BlobKeys.Id] = document.Id,
            [BlobKeys.Verdict] = ReportJson.VerdictId(report.Scan.Verdict),
            [BlobKeys.Rules] = BlobKeys.Escape(report.Scan.RulesVersion),
            [BlobKeys.Source] = BlobKeys.Escape($"{report.Source.Container}/{report.Source.Path}"),
            [BlobKeys.SourceETag] = report.Source.ETag,
            [BlobKeys.Report] = BlobKeys.Escape($"{containers.Reports}/{document.Id}.json"),
            [BlobKeys.ScannedAt] = report.ScannedAt.ToUniversalTime().ToString("O"),
        };
        if (document.VersionId is { } version)
        {
            metadata[BlobKeys.SourceVersion] = version;
        }

        if (document.Uploader is { } uploader)
        {
            metadata[BlobKeys.Uploader] = BlobKeys.Escape(uploader);
        }

        return metadata;
    }
}
