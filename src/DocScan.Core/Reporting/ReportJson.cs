using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocScan.Core.Reporting;

/// <summary>The one JSON shape of reports: camelCase, kebab-case verdicts, readable Chinese, nulls left out.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    /// <summary>One report per line, for <c>--json</c> output that other tools read line by line.</summary>
    public static JsonSerializerOptions LineOptions { get; } = Create(indented: false);

    public static string Serialize(ScanReport report, bool indented = true) =>
        JsonSerializer.Serialize(report, indented ? Options : LineOptions);

    /// <summary>The verdict as it is spelled in JSON (<c>dual-draft</c>).</summary>
    public static string VerdictId(Policy.Verdict verdict) => JsonNamingPolicy.KebabCaseLower.ConvertName(verdict.ToString());

    /// <summary>The role as it is spelled in JSON (<c>organisation</c>).</summary>
    public static string RoleId(Documents.FindingRole role) => JsonNamingPolicy.KebabCaseLower.ConvertName(role.ToString());

    public static ScanReport? Deserialize(string json) => JsonSerializer.Deserialize<ScanReport>(json, Options);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        WriteIndented = indented,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
