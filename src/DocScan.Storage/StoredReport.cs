using System.Text.Json;
using System.Text.Json.Nodes;
using DocScan.Core.Reporting;

namespace DocScan.Storage;

/// <summary>A report as it is stored: the scan report of DESIGN.md plus where the document came from and where its copy went.</summary>
public sealed record StoredReport
{
    public required string Id { get; init; }

    public required ScanReport Scan { get; init; }

    public required ReportSource Source { get; init; }

    /// <summary>The routed copy, <c>container/name</c> (its name masked like the report's document name).</summary>
    public string? RoutedTo { get; init; }

    public required DateTimeOffset ScannedAt { get; init; }

    /// <summary>
    /// The report's JSON: the scan report's fields first (any reader of reports reads it), then the
    /// storage fields. Raw values are dropped whatever the scan was asked for: this is a stored report.
    /// </summary>
    public string ToJson()
    {
        var masked = Scan with { Findings = Scan.Findings.Select(f => f with { Value = null }).ToList() };
        var scan = JsonSerializer.SerializeToNode(masked, ReportJson.Options)!.AsObject();
        var fields = scan.ToList();
        scan.Clear();
        var json = new JsonObject();
        foreach (var (name, value) in fields)
        {
            json[name] = value;
            if (name == "schemaVersion")
            {
                json["id"] = Id;
            }
        }

        json["source"] = JsonSerializer.SerializeToNode(Source, ReportJson.Options);
        if (RoutedTo is not null)
        {
            json["routedTo"] = RoutedTo;
        }

        json["scannedAt"] = ScannedAt.ToUniversalTime().ToString("O");
        return json.ToJsonString(ReportJson.Options);
    }

    public static StoredReport Parse(string json)
    {
        var scan = ReportJson.Deserialize(json) ?? throw new JsonException("報告是空的。");
        var node = JsonNode.Parse(json)!.AsObject();
        return new StoredReport
        {
            Id = (string?)node["id"] ?? throw new JsonException("報告缺少 id。"),
            Scan = scan,
            Source = node["source"].Deserialize<ReportSource>(ReportJson.Options) ?? throw new JsonException("報告缺少 source。"),
            RoutedTo = (string?)node["routedTo"],
            ScannedAt = DateTimeOffset.Parse((string)node["scannedAt"]!, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The rows the HTML page adds to its document table.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> HtmlDetails()
    {
        var rows = new List<KeyValuePair<string, string>>
        {
            new("文件編號", Id),
            new("來源", $"{Source.Container}/{Source.Path}"),
        };
        if (Source.UploadedBy is { } uploader)
        {
            rows.Add(new("上傳者", uploader));
        }

        if (Source.VersionId is { } version)
        {
            rows.Add(new("版本", version));
        }

        rows.Add(new("處理", RoutedTo is null ? "未複製" : $"副本已放入 {RoutedTo}"));
        rows.Add(new("掃描時間", ScannedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss '(UTC+8)'", System.Globalization.CultureInfo.InvariantCulture)));
        return rows;
    }
}

/// <param name="Path">The blob's name in its container, values masked.</param>
/// <param name="ETag">The version that was scanned (the document id is derived from it).</param>
/// <param name="VersionId">The blob version, where the account keeps versions.</param>
/// <param name="UploadedBy">Who put it there, when it came through the upload endpoint.</param>
public sealed record ReportSource(
    string Container,
    string Path,
    [property: System.Text.Json.Serialization.JsonPropertyName("etag")] string ETag,
    string? VersionId,
    string? UploadedBy);
