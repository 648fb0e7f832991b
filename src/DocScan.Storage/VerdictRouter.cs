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
public sealed class VerdictRouter(ExactBlobs blobs, ContainerNames containers, IDocumentScanEngine engine)
{
    /// <summary>Where the copy of <paramref name="document"/> with <paramref name="verdict"/> goes, as <c>container/name</c>.</summary>
    public string RouteFor(SourceDocument document, Verdict verdict) =>
        $"{containers.For(verdict)}/{CopyName(engine.Mask(document.Name), document.Id)}";

    /// <summary>
    /// The copy's name: the source's folders, the id, the file name. Any source name must give a name the
    /// SDK addresses as written and the service accepts, or the copy (and so the report) would never be
    /// written: no empty, <c>.</c> or <c>..</c> segment, no backslash, at most 1,024 characters and 254 segments, and
    /// short enough escaped to sit in metadata.
    /// </summary>
    internal static string CopyName(string maskedSource, string id)
    {
        var segments = maskedSource.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s != ".")
            .Select(s => s == ".." ? "__" : s)
            .ToList();
        var file = segments.Count > 0 ? segments[^1] : "document";
        if (file.Length > MaxFileNameLength)
        {
            file = file[^MaxFileNameLength..];
        }

        var folders = segments.Take(segments.Count - 1).ToList();
        string Name() => string.Join('/', [.. folders, id, file]);
        while (folders.Count > 0 && (folders.Count > MaxFolders || Name() is var name
                   && (name.Length > MaxNameLength || BlobKeys.Escape(name).Length > MaxEscapedNameLength)))
        {
            folders.RemoveAt(0);
        }

        return Name();
    }

    private const int MaxNameLength = 1024;

    // The route is also written, escaped, in the report's metadata, which must hold everything else too in 8 KB.
    private const int MaxEscapedNameLength = 3072;
    private const int MaxFolders = 250;
    private const int MaxFileNameLength = 200;

    // The report keeps the whole source path; the copy's metadata (8 KB in all) keeps what fits.
    private const int MaxSourceMetadata = 2048;

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
                var source = blobs.Get(document.Container, document.Name);
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
        return blobs.Service.GetBlobContainerClient(route[..slash]).GetBlobClient(route[(slash + 1)..]);
    }

    private Dictionary<string, string> Metadata(SourceDocument document, StoredReport report)
    {
        var metadata = new Dictionary<string, string>
        {
            [BlobKeys.Id] = document.Id,
            [BlobKeys.Verdict] = ReportJson.VerdictId(report.Scan.Verdict),
            [BlobKeys.Rules] = BlobKeys.Escape(report.Scan.RulesVersion),
            [BlobKeys.Source] = BlobKeys.EscapeTail($"{report.Source.Container}/{report.Source.Path}", MaxSourceMetadata),
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
